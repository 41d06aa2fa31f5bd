using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Text;
using Participation.BuildingBlocks.Domain.Documentation;

namespace Participation.Modules.Reporting.Collations;

/// <summary>A half-year's themes, as collated and stored: counts under 5 withheld (docs/domain/small-number-suppression.md).</summary>
/// <param name="Id">The collation's id.</param>
/// <param name="Number">Its number: collations are numbered in the order produced.</param>
/// <param name="HalfYear">The half-year, e.g. <c>2026-H1</c>.</param>
/// <param name="From">Its first day.</param>
/// <param name="To">Its last day.</param>
/// <param name="ProducedAt">When it was produced; it never changes afterwards.</param>
/// <param name="Voices">Voices given in the half-year.</param>
/// <param name="ConfirmedThemes">Of those, the voices whose themes staff chose or confirmed.</param>
/// <param name="Themes">Each top-level theme used in the half-year or the two it is compared with, most voices first.</param>
/// <param name="Rising">Codes of the themes rising on the previous half-year.</param>
/// <param name="Falling">Codes of the themes falling on the previous half-year.</param>
public sealed record ThemeCollationReport(
    Guid Id,
    int Number,
    [property: MaxLength(Collations.HalfYear.LabelLength)] string HalfYear,
    DateOnly From,
    DateOnly To,
    DateTimeOffset ProducedAt,
    CountFigure Voices,
    CountFigure ConfirmedThemes,
    [property: MaxLength(ThemeCollationReport.MaxThemes)] IReadOnlyList<CollatedTheme> Themes,
    [property: MaxLength(ThemeCollationReport.MaxThemes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> Rising,
    [property: MaxLength(ThemeCollationReport.MaxThemes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> Falling)
{
    /// <summary>More top-level themes than the taxonomy holds.</summary>
    public const int MaxThemes = 1_000;
}

/// <summary>One top-level theme in a collation; its sub-themes are counted in it, each voice once.</summary>
/// <param name="Code">The top-level theme's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Voices">Voices of the half-year tagged with it or its sub-themes.</param>
/// <param name="Share">Those voices as a percentage of all the half-year's voices.</param>
/// <param name="PreviousHalf">The same count for the half-year before.</param>
/// <param name="YearEarlier">The same count for the same half a year earlier.</param>
/// <param name="ChangeOnPreviousHalf">The difference from the half-year before; shown only when both counts are.</param>
/// <param name="ChangeOnYearEarlier">The difference from a year earlier; shown only when both counts are.</param>
/// <param name="Trend">rising, falling or steady on the half-year before; null when either count is withheld.</param>
/// <param name="ByServiceArea">Its voices by service area, a breakdown of <paramref name="Voices"/>.</param>
/// <param name="ByCohort">Its voices by priority cohort; a voice may touch several, so these do not add up.</param>
/// <param name="Quotes">Up to three quotes, the latest first, for the three leading themes only, and only from people who agreed to be quoted, redacted.</param>
public sealed record CollatedTheme(
    [property: MaxLength(TextLengths.Code)] string Code,
    [property: MaxLength(TextLengths.Name)] string Name,
    CountFigure Voices,
    PercentageFigure Share,
    CountFigure PreviousHalf,
    CountFigure YearEarlier,
    int? ChangeOnPreviousHalf,
    int? ChangeOnYearEarlier,
    [property: MaxLength(TextLengths.Code)] string? Trend,
    IReadOnlyDictionary<string, CountFigure> ByServiceArea,
    IReadOnlyDictionary<string, CountFigure> ByCohort,
    [property: MaxLength(CollatedTheme.MaxQuotes), ItemMaxLength(Redaction.QuoteMaxLength + 1)] IReadOnlyList<string> Quotes)
{
    /// <summary>Quotes per leading theme.</summary>
    public const int MaxQuotes = 3;

    /// <summary>How many themes, most voices first, carry quotes.</summary>
    public const int LeadingThemes = 3;
}
