using Mediator;

namespace Participation.Modules.Forums.Application.Meetings.ListMeetings;

/// <summary>A forum's meetings, latest first.</summary>
public sealed record ListMeetingsQuery(Guid ForumId) : IQuery<IReadOnlyList<MeetingResponse>>;
