using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.Modules.Reviews.Application.Reports;

/// <summary>
/// Children's participation in their own meetings over a period (docs/domain/participation-codes.md#reports): counts
/// under 5 and percentages of fewer than 5 withheld (docs/domain/small-number-suppression.md).
/// </summary>
/// <param name="Period">The financial-year quarter or year.</param>
/// <param name="Reviews">Meetings held in the period.</param>
/// <param name="ByKind">Meetings by kind.</param>
/// <param name="ParticipationCodes">Looked-after reviews by derived code, PN0 to PN7.</param>
/// <param name="Prepared">Of all meetings: the child was given information or a views form beforehand.</param>
/// <param name="FormReturned">Of meetings where a views form was sent: it was returned.</param>
/// <param name="AdvocateOffered">Of all meetings: an advocate was offered.</param>
/// <param name="AdvocateUsed">Of meetings where one was offered: it was used.</param>
/// <param name="ViewsReachedMeeting">Of all meetings: the child's views reached it by any route.</param>
/// <param name="FeltHelped">Of children asked afterwards: they felt helped (yes).</param>
/// <param name="FeltPartlyHelped">Of children asked afterwards: partly.</param>
/// <param name="FeltHelpedBenchmark">The council's benchmark for <paramref name="FeltHelped"/>, a percentage.</param>
/// <param name="MeetsFeltHelpedBenchmark">Whether the period met it; null when the share is withheld or nobody was asked.</param>
/// <param name="OnTime">Of meetings with a due date: held on or before it.</param>
public sealed record ReviewReport(
    ReportPeriod Period,
    CountFigure Reviews,
    IReadOnlyDictionary<string, CountFigure> ByKind,
    IReadOnlyDictionary<string, CountFigure> ParticipationCodes,
    PercentageFigure Prepared,
    PercentageFigure FormReturned,
    PercentageFigure AdvocateOffered,
    PercentageFigure AdvocateUsed,
    PercentageFigure ViewsReachedMeeting,
    PercentageFigure FeltHelped,
    PercentageFigure FeltPartlyHelped,
    double FeltHelpedBenchmark,
    bool? MeetsFeltHelpedBenchmark,
    PercentageFigure OnTime);
