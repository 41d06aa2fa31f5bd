using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Members;

/// <summary>A member is addressed under their forum: another forum's member is not found there.</summary>
internal static class ForumMembers
{
    /// <summary>The member of the forum, tracked; 404 when the forum has no such member.</summary>
    public static async Task<Member> LoadAsync(this IMemberRepository members, Guid forumId, Guid memberId, uint? expectedVersion, CancellationToken cancellationToken)
    {
        var member = await members.LoadAsync(new MemberId(memberId), cancellationToken);
        if (member.ForumId != new ForumId(forumId))
        {
            throw new NotFoundException("member", memberId);
        }

        ExpectedVersion.Ensure(member, expectedVersion, "member");
        return member;
    }
}
