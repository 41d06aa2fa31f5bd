using Mediator;
using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.Modules.Surveys.Application.ClosedCases.Reports.GetClosedCaseReport;

/// <summary>The follow-up of a quarter's closures (<paramref name="Year"/> is the financial year's first, quarter 1 is April to June).</summary>
public sealed record GetClosedCaseReportQuery(int Year, int Quarter) : IQuery<ClosedCaseReport>;

/// <summary>
/// How the follow-up of a quarter's closed cases went, every count suppressed under 5 (and breakdowns so that no small
/// cell can be worked out from the total).
/// </summary>
/// <param name="Period">The quarter.</param>
/// <param name="Closures">Cases closed in it.</param>
/// <param name="DoNotContact">Of those, not to be contacted from the start.</param>
/// <param name="Letters">Letters written, by email and post (a posted letter counts once written into its print batch).</param>
/// <param name="LetterStatusUnknown">Letters whose sending could not be confirmed and that officers have not yet checked.</param>
/// <param name="Responses">Feedback received, by channel.</param>
/// <param name="OptOuts">Families who opted out, by route.</param>
/// <param name="Sample">The telephone sample drawn from the quarter's closures, if drawn yet.</param>
public sealed record ClosedCaseReport(
    ReportPeriod Period,
    CountFigure Closures,
    CountFigure DoNotContact,
    IReadOnlyDictionary<string, CountFigure> Letters,
    CountFigure LetterStatusUnknown,
    IReadOnlyDictionary<string, CountFigure> Responses,
    IReadOnlyDictionary<string, CountFigure> OptOuts,
    SampleFigures? Sample);

/// <summary>The quarter's telephone sample.</summary>
/// <param name="Seed">The recorded seed, to reproduce the draw.</param>
/// <param name="Eligible">Closures that could be drawn.</param>
/// <param name="Drawn">Closures drawn.</param>
/// <param name="Outcomes">Final call outcomes; families who answered the letter or opted out before their call as responded-otherwise and opted-out; those still to be reached as on-call-list.</param>
public sealed record SampleFigures(int Seed, CountFigure Eligible, CountFigure Drawn, IReadOnlyDictionary<string, CountFigure> Outcomes);
