using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Members.ListMembers;

internal sealed class ListMembersQueryHandler(IForumRepository forums, IMemberRepository members) : IQueryHandler<ListMembersQuery, IReadOnlyList<MemberResponse>>
{
    public async ValueTask<IReadOnlyList<MemberResponse>> Handle(ListMembersQuery query, CancellationToken cancellationToken)
    {
        var forum = await forums.LoadAsync(new ForumId(query.ForumId), cancellationToken);
        return [.. (await members.ListAsync(forum.Id, query.IncludeLeft, cancellationToken)).Select(MemberResponse.From)];
    }
}
