using Microsoft.EntityFrameworkCore;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Infrastructure.Persistence;

internal sealed class MemberRepository(ForumsDbContext context) : IMemberRepository
{
    public Task<Member?> GetAsync(MemberId id, CancellationToken cancellationToken) =>
        context.Members.SingleOrDefaultAsync(member => member.Id == id, cancellationToken);

    public void Add(Member aggregate) => context.Members.Add(aggregate);

    public async Task<IReadOnlyList<Member>> ListAsync(ForumId forumId, bool includeLeft, CancellationToken cancellationToken)
    {
        var members = context.Members.AsNoTracking().Where(member => member.ForumId == forumId);
        if (!includeLeft)
        {
            members = members.Where(member => member.LeftOn == null);
        }

        return await members.OrderBy(member => member.JoinedOn).ThenBy(member => member.Id).Take(ListLimits.AtMost).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> NamesAsync(ForumId forumId, CancellationToken cancellationToken) =>
        await context.Members.Where(member => member.ForumId == forumId && member.DisplayName != null).Select(member => member.DisplayName!).ToListAsync(cancellationToken);

    public Task<int> CountCurrentAsync(ForumId forumId, CancellationToken cancellationToken) =>
        context.Members.CountAsync(member => member.ForumId == forumId && member.LeftOn == null, cancellationToken);

    public async Task<IReadOnlyList<Member>> DueForAgeReviewAsync(DateOnly today, CancellationToken cancellationToken) =>
        await context.Members
            .Where(member => member.LeftOn == null && member.AgeingOutFlaggedOn == null && member.AgeOutAt != null && member.AgeReviewOn <= today)
            .ToListAsync(cancellationToken);
}
