using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain.Reporting;
namespace Participation.Modules.Complaints.Application.Reports;

/// <summary>
/// The complaints report for senior managers (quarterly, and an annual report: docs/domain/complaints.md#reporting): volumes by stage, service
/// area, category and complainant, timeliness, outcomes, advocacy, the Ombudsman, compliments and what was learned.
/// Every count and percentage is a number, or null with the reason it is withheld (small-number suppression).
/// </summary>
public sealed record ComplaintsReport(
    ReportPeriod Period,
    CountFigure Received,
    IReadOnlyDictionary<string, CountFigure> ReceivedByServiceArea,
    IReadOnlyDictionary<string, CountFigure> ReceivedByCategory,
    IReadOnlyDictionary<string, CountFigure> ReceivedByComplainant,
    [property: MaxLength(3)] IReadOnlyList<StageReport> Stages,
    CountFigure Withdrawn,
    AdvocacyReport Advocacy,
    OmbudsmanReport Ombudsman,
    CountFigure Compliments,
    IReadOnlyDictionary<string, CountFigure> ComplimentsByServiceArea,
    LearningReport Learning);

/// <summary>One stage in the period: started, answered, on time, extended, and the outcomes of its answers.</summary>
/// <param name="Stage">1, 2 or 3.</param>
/// <param name="Started">Stages started in the period (received, escalated, panel requested).</param>
/// <param name="Responded">Stages answered in the period.</param>
/// <param name="PercentWithinTimescale">Of those answered, the percentage by the statutory due date before any extension.</param>
/// <param name="PercentWithinExtendedTimescale">Of those answered, the percentage by the due date in force (extended where extended).</param>
/// <param name="Extended">Of those answered, how many had been extended.</param>
/// <param name="Outcomes">Outcomes of the answers (stages 1 and 2).</param>
public sealed record StageReport(
    int Stage,
    CountFigure Started,
    CountFigure Responded,
    PercentageFigure PercentWithinTimescale,
    PercentageFigure PercentWithinExtendedTimescale,
    CountFigure Extended,
    IReadOnlyDictionary<string, CountFigure> Outcomes);

/// <summary>The s.26A advocacy offer to children who complained in the period.</summary>
public sealed record AdvocacyReport(CountFigure ChildComplainants, CountFigure Offered, CountFigure Accepted);

/// <summary>The Ombudsman's part in the period.</summary>
public sealed record OmbudsmanReport(CountFigure Referred, IReadOnlyDictionary<string, CountFigure> Decisions, CountFigure RemediesCompleted);

/// <summary>Lessons recorded and actions completed in the period.</summary>
public sealed record LearningReport(CountFigure Lessons, CountFigure ActionsDue, CountFigure ActionsCompleted);
