using Mediator;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings.CorrectMeeting;

/// <summary>Corrects a meeting the client read at <paramref name="ExpectedVersion"/>; its date stays.</summary>
public sealed record CorrectMeetingCommand(
    Guid ForumId,
    Guid Id,
    uint ExpectedVersion,
    DateOnly HeldOn,
    IReadOnlyList<AttendanceCount> Attendance,
    IReadOnlyList<DecisionMaker> DecisionMakers,
    int HartRung,
    LundyAssessment Lundy) : ICommand, IMeetingCommand;
