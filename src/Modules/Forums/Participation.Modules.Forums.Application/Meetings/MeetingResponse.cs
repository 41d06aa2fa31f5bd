using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings;

/// <summary>A forum meeting as recorded.</summary>
/// <param name="Id">The meeting's id.</param>
/// <param name="ForumId">The forum.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="Attendance">Who attended, by audience.</param>
/// <param name="DecisionMakers">The decision-makers present.</param>
/// <param name="HartRung">Its rung on Hart's ladder, 1 to 8.</param>
/// <param name="NonParticipation">Whether that rung is 1–3, which Hart calls non-participation.</param>
/// <param name="Lundy">The four Lundy questions.</param>
public sealed record MeetingResponse(
    Guid Id,
    Guid ForumId,
    DateOnly HeldOn,
    [property: MaxLength(MeetingLimits.AttendanceRows)] IReadOnlyList<AttendanceCount> Attendance,
    [property: MaxLength(MeetingLimits.DecisionMakers)] IReadOnlyList<DecisionMaker> DecisionMakers,
    [property: Range(HartRung.Lowest, HartRung.Highest)] int HartRung,
    bool NonParticipation,
    LundyAssessment Lundy)
{
    /// <summary>The meeting as the API shows it.</summary>
    public static MeetingResponse From(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new MeetingResponse(meeting.Id.Value, meeting.ForumId.Value, meeting.HeldOn, meeting.Attendance, meeting.DecisionMakers, meeting.HartRung, meeting.NonParticipation, meeting.Lundy);
    }
}
