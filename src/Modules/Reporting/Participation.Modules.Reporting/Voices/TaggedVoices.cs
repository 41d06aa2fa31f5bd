using Npgsql;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.Reporting.Voices;

/// <summary>
/// The SQL that rolls a voice's themes up to top-level themes, one row per voice and top-level theme however many of
/// its sub-themes it carries (docs/domain/reporting.md#six-monthly-theme-collation). Its parameters <c>@codes</c> and
/// <c>@tops</c> are the taxonomy's codes and each one's top-level code.
/// </summary>
internal static class TaggedVoices
{
    /// <summary>A <c>WITH</c> clause defining <c>voices</c> as <paramref name="voicesSql"/> and <c>tagged</c> as its voices' <paramref name="columns"/> and <c>theme</c>.</summary>
    public static string With(string voicesSql, string columns) =>
        $"""
        WITH voices AS ({voicesSql}),
        tagged AS (
            SELECT DISTINCT {columns}, coalesce(m.top_level, t.theme) AS theme
            FROM voices AS v
            CROSS JOIN LATERAL unnest(v.themes) AS t(theme)
            LEFT JOIN unnest(@codes, @tops) AS m(code, top_level) ON m.code = t.theme)
        """;

    /// <summary>The taxonomy as the two parameters <see cref="With"/> expects.</summary>
    public static NpgsqlParameter[] Parameters(IReadOnlyList<TaxonomyTheme> taxonomy) =>
        [new("codes", taxonomy.Select(theme => theme.Code).ToArray()), new("tops", taxonomy.Select(theme => theme.TopLevelCode).ToArray())];
}
