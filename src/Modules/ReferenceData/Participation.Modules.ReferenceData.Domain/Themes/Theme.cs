using Participation.Modules.ReferenceData.Domain.Rules;

namespace Participation.Modules.ReferenceData.Domain.Themes;

/// <summary>
/// A theme of the controlled taxonomy feedback is tagged with (docs/domain/vocabularies-and-themes.md#themes): two levels, a top-level
/// theme and its sub-themes; retired, never deleted, so old feedback keeps its meaning.
/// </summary>
public sealed class Theme : MaintainedEntry<ThemeId>
{
    private Theme()
    {
    }

    /// <summary>The top-level theme of a sub-theme; null for a top-level theme.</summary>
    public ThemeId? ParentId { get; private init; }

    /// <summary>Words and phrases that suggest the theme in free text (docs/domain/vocabularies-and-themes.md#suggesting-themes).</summary>
    public IReadOnlyList<string> MatchTerms { get; private set; } = [];

    /// <summary>Replaces the match terms, lower-cased, each once.</summary>
    public void SetMatchTerms(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        MatchTerms = [.. terms.Select(ThemeMatcher.Normalise).Where(term => term.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Adds a top-level theme.</summary>
    public static Theme CreateTopLevel(string code, string name, bool codeInUse)
    {
        CheckRule(new CodeMustBeUniqueRule("theme", codeInUse));
        return new Theme { Id = new ThemeId(Guid.CreateVersion7()), Code = code, Name = name };
    }

    /// <summary>Adds a sub-theme under a top-level theme.</summary>
    public static Theme CreateSubtheme(string code, string name, Theme parent, bool codeInUse)
    {
        ArgumentNullException.ThrowIfNull(parent);
        CheckRule(new CodeMustBeUniqueRule("theme", codeInUse));
        CheckRule(new TaxonomyHasTwoLevelsRule(parent.ParentId is not null));
        CheckRule(new ParentThemeMustBeActiveRule(parent.RetiredOn is not null));
        return new Theme { Id = new ThemeId(Guid.CreateVersion7()), Code = code, Name = name, ParentId = parent.Id };
    }

    /// <summary>Takes it out of use once none of its sub-themes is active; tags already made keep it.</summary>
    public void Retire(int activeSubthemes, DateTimeOffset now)
    {
        CheckRule(new ThemeWithActiveSubthemesCannotBeRetiredRule(activeSubthemes));
        MarkRetired(now);
        Raise(new ThemeRetiredDomainEvent(Id, Code, now));
    }
}
