using Microsoft.EntityFrameworkCore;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Infrastructure.Persistence;

internal sealed class MeetingRepository(ForumsDbContext context) : IMeetingRepository
{
    public Task<Meeting?> GetAsync(MeetingId id, CancellationToken cancellationToken) =>
        context.Meetings.SingleOrDefaultAsync(meeting => meeting.Id == id, cancellationToken);

    public void Add(Meeting aggregate) => context.Meetings.Add(aggregate);

    public async Task<IReadOnlyList<Meeting>> ListAsync(ForumId forumId, CancellationToken cancellationToken) =>
        await context.Meetings.AsNoTracking().Where(meeting => meeting.ForumId == forumId).OrderByDescending(meeting => meeting.HeldOn).Take(ListLimits.AtMost).ToListAsync(cancellationToken);

    public Task<DateOnly?> LastHeldOnAsync(ForumId forumId, DateOnly onOrBefore, CancellationToken cancellationToken) =>
        context.Meetings.Where(meeting => meeting.ForumId == forumId && meeting.HeldOn <= onOrBefore).MaxAsync(meeting => (DateOnly?)meeting.HeldOn, cancellationToken);

    public async Task<IReadOnlyList<Meeting>> HeldAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await context.Meetings.AsNoTracking().Where(meeting => meeting.HeldOn >= from && meeting.HeldOn <= to).ToListAsync(cancellationToken);
}
