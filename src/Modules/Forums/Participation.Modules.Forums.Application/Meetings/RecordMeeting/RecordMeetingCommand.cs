using Mediator;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings.RecordMeeting;

/// <summary>Records a meeting a forum held.</summary>
public sealed record RecordMeetingCommand(
    Guid ForumId,
    DateOnly HeldOn,
    IReadOnlyList<AttendanceCount> Attendance,
    IReadOnlyList<DecisionMaker> DecisionMakers,
    int HartRung,
    LundyAssessment Lundy) : ICommand<Guid>, IMeetingCommand;
