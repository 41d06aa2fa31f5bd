using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.Modules.Reporting.Quarterly;

/// <summary>
/// A quarter's voices for the outcomes report (Portsmouth reports quarterly): who the council heard from, about what,
/// and the complaints' outcomes; counts under 5 withheld (docs/domain/small-number-suppression.md).
/// </summary>
/// <param name="Period">The financial-year quarter.</param>
/// <param name="Voices">Voices given in it.</param>
/// <param name="BySource">By source: partner-feedback, complaint, compliment, survey, forum.</param>
/// <param name="ByServiceArea">By service area.</param>
/// <param name="ByAudience">By who spoke.</param>
/// <param name="ByCohort">By priority cohort; a voice may touch several, so these do not add up.</param>
/// <param name="Themes">Voices per top-level theme, most first; a voice may carry several.</param>
/// <param name="ComplaintOutcomes">Complaints received in the quarter by their latest finding so far (none-yet while no stage is answered).</param>
/// <param name="YouSaidWeDid">What changed because of what was said: filled by the modules that record it (forums, provider returns).</param>
public sealed record QuarterlyReport(
    ReportPeriod Period,
    CountFigure Voices,
    IReadOnlyDictionary<string, CountFigure> BySource,
    IReadOnlyDictionary<string, CountFigure> ByServiceArea,
    IReadOnlyDictionary<string, CountFigure> ByAudience,
    IReadOnlyDictionary<string, CountFigure> ByCohort,
    [property: MaxLength(QuarterlyReport.MaxThemes)] IReadOnlyList<ThemeFigure> Themes,
    IReadOnlyDictionary<string, CountFigure> ComplaintOutcomes,
    [property: MaxLength(QuarterlyReport.MaxThemes)] IReadOnlyList<YouSaidWeDid> YouSaidWeDid)
{
    /// <summary>More top-level themes than the taxonomy holds.</summary>
    public const int MaxThemes = 1_000;
}

/// <summary>A top-level theme's voices.</summary>
/// <param name="Code">The theme's code.</param>
/// <param name="Voices">Voices tagged with it or its sub-themes.</param>
public sealed record ThemeFigure([property: MaxLength(TextLengths.Code)] string Code, CountFigure Voices);

/// <summary>One "you said, we did" entry.</summary>
/// <param name="ServiceArea">The service area that acted.</param>
/// <param name="Said">What was said.</param>
/// <param name="Did">What was done.</param>
public sealed record YouSaidWeDid(
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(TextLengths.Statement)] string Said,
    [property: MaxLength(TextLengths.Statement)] string Did);
