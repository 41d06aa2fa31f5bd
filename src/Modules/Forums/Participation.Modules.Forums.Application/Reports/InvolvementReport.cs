using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Reports;

/// <summary>
/// A quarter of involvement (docs/domain/forums.md#quarterly-figures): each forum's meetings, depth and loop, the
/// activities beyond meetings with the people who took part and the recognition they were given, and the action plan.
/// Counts of people under 5 are withheld (docs/domain/small-number-suppression.md); counts of meetings, items and
/// activities are not about people and are shown.
/// </summary>
/// <param name="Period">The financial-year quarter.</param>
/// <param name="Forums">Each forum active in or after the quarter.</param>
/// <param name="AttendanceByAudience">People at forum meetings in the quarter, by audience (attendances, not distinct people).</param>
/// <param name="ActivitiesByKind">Activities held in the quarter, by kind.</param>
/// <param name="ActivitiesByHartRung">Activities by rung of Hart's ladder ("1" to "8").</param>
/// <param name="NonParticipationActivities">Activities on rungs 1–3.</param>
/// <param name="ParticipantsByAudience">People who took part in activities, by audience.</param>
/// <param name="ParticipantsByCohort">People who took part in activities, by priority cohort, where recorded.</param>
/// <param name="RecognitionByActivityKind">Recognition given, by the kind of activity.</param>
/// <param name="RecognitionByCohort">Recognition given, by the recipients' priority cohort, where recorded.</param>
/// <param name="ActionPlan">The participation action plan as it stands.</param>
public sealed record InvolvementReport(
    ReportPeriod Period,
    [property: MaxLength(InvolvementReport.MaxForums)] IReadOnlyList<ForumQuarter> Forums,
    IReadOnlyDictionary<string, CountFigure> AttendanceByAudience,
    IReadOnlyDictionary<string, int> ActivitiesByKind,
    IReadOnlyDictionary<string, int> ActivitiesByHartRung,
    int NonParticipationActivities,
    IReadOnlyDictionary<string, CountFigure> ParticipantsByAudience,
    IReadOnlyDictionary<string, CountFigure> ParticipantsByCohort,
    IReadOnlyDictionary<string, RecognitionFigure> RecognitionByActivityKind,
    IReadOnlyDictionary<string, RecognitionFigure> RecognitionByCohort,
    ActionPlanFigures ActionPlan)
{
    /// <summary>More forums than a council runs.</summary>
    public const int MaxForums = 500;
}

/// <summary>One forum's quarter.</summary>
/// <param name="ForumId">The forum.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="MeetingsHeld">Meetings held in the quarter.</param>
/// <param name="MissedCadence">Whether, by the quarter's end (or today, if sooner), its next meeting was overdue by its cadence.</param>
/// <param name="MeetingsByHartRung">Its meetings by rung ("1" to "8").</param>
/// <param name="NonParticipationMeetings">Its meetings on rungs 1–3.</param>
/// <param name="LundyMet">How many of its meetings met each Lundy element: space, voice, audience, influence.</param>
/// <param name="Loop">Items raised in the quarter, how many are reported back so far and how long that took.</param>
/// <param name="ItemsReportedBack">Items reported back in the quarter, whenever raised.</param>
public sealed record ForumQuarter(
    Guid ForumId,
    [property: MaxLength(TextLengths.Name)] string Name,
    ForumKind Kind,
    int MeetingsHeld,
    bool MissedCadence,
    IReadOnlyDictionary<string, int> MeetingsByHartRung,
    int NonParticipationMeetings,
    IReadOnlyDictionary<string, int> LundyMet,
    LoopClosure Loop,
    int ItemsReportedBack);

/// <summary>Recognition given: to how many people, and its value in pounds where it had one.</summary>
/// <param name="Recipients">People recognised; withheld under 5.</param>
/// <param name="Value">The value given in pounds; withheld with the recipients, null where none had a value.</param>
public sealed record RecognitionFigure(CountFigure Recipients, decimal? Value);

/// <summary>The action plan's rows by status, and those open and overdue.</summary>
/// <param name="ByStatus">Rows by status: open, done, cancelled.</param>
/// <param name="Overdue">Open rows past their due date at the quarter's end (or today, if sooner).</param>
public sealed record ActionPlanFigures(IReadOnlyDictionary<string, int> ByStatus, int Overdue);
