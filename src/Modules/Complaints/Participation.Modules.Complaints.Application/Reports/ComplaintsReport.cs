using Participation.BuildingBlocks.Domain.Reporting;
namespace Participation.Modules.Complaints.Application.Reports;

/// <summary>
/// The complaints report for senior managers (quarterly, and an annual report: docs/domain/complaints.md#reporting): volumes by stage, service
/// area, category and complainant, timeliness, outcomes, advocacy, the Ombudsman, compliments and what was learned.
/// Every count is small-number suppressed.
/// </summary>
public sealed record ComplaintsReport(
    ReportPeriod Period,
    string Received,
    IReadOnlyDictionary<string, string> ReceivedByServiceArea,
    IReadOnlyDictionary<string, string> ReceivedByCategory,
    IReadOnlyDictionary<string, string> ReceivedByComplainant,
    IReadOnlyList<StageReport> Stages,
    string Withdrawn,
    AdvocacyReport Advocacy,
    OmbudsmanReport Ombudsman,
    string Compliments,
    IReadOnlyDictionary<string, string> ComplimentsByServiceArea,
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
    string Started,
    string Responded,
    string PercentWithinTimescale,
    string PercentWithinExtendedTimescale,
    string Extended,
    IReadOnlyDictionary<string, string> Outcomes);

/// <summary>The s.26A advocacy offer to children who complained in the period.</summary>
public sealed record AdvocacyReport(string ChildComplainants, string Offered, string Accepted);

/// <summary>The Ombudsman's part in the period.</summary>
public sealed record OmbudsmanReport(string Referred, IReadOnlyDictionary<string, string> Decisions, string RemediesCompleted);

/// <summary>Lessons recorded and actions completed in the period.</summary>
public sealed record LearningReport(string Lessons, string ActionsDue, string ActionsCompleted);
