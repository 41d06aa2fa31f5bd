using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Forums.Application.Meetings.GetMeeting;

/// <summary>One meeting of a forum, versioned.</summary>
public sealed record GetMeetingQuery(Guid ForumId, Guid Id) : IQuery<Versioned<MeetingResponse>>;
