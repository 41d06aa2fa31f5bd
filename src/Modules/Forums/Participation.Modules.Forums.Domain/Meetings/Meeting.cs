using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Involvement;
using Ladder = Participation.BuildingBlocks.Domain.Involvement.HartRung;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Rules;

namespace Participation.Modules.Forums.Domain.Meetings;

/// <summary>
/// A forum meeting: attendance by audience, the decision-makers present, and how far the young people really took
/// part, on Hart's ladder and Lundy's four questions (docs/domain/participation-models.md).
/// </summary>
public sealed class Meeting : AggregateRoot<MeetingId>
{
    private Meeting()
    {
    }

    /// <summary>The forum.</summary>
    public ForumId ForumId { get; private init; }

    /// <summary>The day it was held.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>Who attended, by audience.</summary>
    public IReadOnlyList<AttendanceCount> Attendance { get; private set; } = [];

    /// <summary>The decision-makers present.</summary>
    public IReadOnlyList<DecisionMaker> DecisionMakers { get; private set; } = [];

    /// <summary>The rung on Hart's ladder, 1 to 8.</summary>
    public int HartRung { get; private set; }

    /// <summary>The Lundy questions.</summary>
    public LundyAssessment Lundy { get; private set; } = null!;

    /// <summary>Whether the meeting sat on a non-participation rung (1–3), which reports flag.</summary>
    public bool NonParticipation => Ladder.IsNonParticipation(HartRung);

    /// <summary>Records a meeting an active forum held, on or before today.</summary>
    public static Meeting Record(Forum forum, MeetingDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(forum);
        forum.EnsureActive();
        var meeting = new Meeting { Id = new MeetingId(Guid.CreateVersion7()), ForumId = forum.Id };
        meeting.Apply(details, today);
        return meeting;
    }

    /// <summary>
    /// Corrects the record of the meeting: attendance, decision-makers, Hart and Lundy. Its date stays: items raised and
    /// reported back at it were judged by it (a meeting recorded on the wrong day is recorded again).
    /// </summary>
    public void Correct(MeetingDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new MeetingDateStaysRule(HeldOn, details.HeldOn));
        Apply(details, today);
    }

    private void Apply(MeetingDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new HeldNotPlannedRule("forums.meetings.not-held-yet", details.HeldOn, today));
        HeldOn = details.HeldOn;
        Attendance = [.. details.Attendance.GroupBy(count => count.Audience).Select(group => new AttendanceCount(group.Key, group.Sum(count => count.Count)))];
        DecisionMakers = details.DecisionMakers;
        HartRung = details.HartRung;
        Lundy = details.Lundy;
    }
}
