using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings.GetMeeting;

internal sealed class GetMeetingQueryHandler(IMeetingRepository meetings) : IQueryHandler<GetMeetingQuery, Versioned<MeetingResponse>>
{
    public async ValueTask<Versioned<MeetingResponse>> Handle(GetMeetingQuery query, CancellationToken cancellationToken)
    {
        var meeting = await meetings.LoadOwnedAsync(new MeetingId(query.Id), candidate => candidate.ForumId == new ForumId(query.ForumId), expectedVersion: null, cancellationToken);
        return new Versioned<MeetingResponse>(MeetingResponse.From(meeting), meeting.Version);
    }
}
