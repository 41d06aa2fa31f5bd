using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Forums.Application.Members.GetMember;

internal sealed class GetMemberQueryHandler(IMemberRepository members) : IQueryHandler<GetMemberQuery, Versioned<MemberResponse>>
{
    public async ValueTask<Versioned<MemberResponse>> Handle(GetMemberQuery query, CancellationToken cancellationToken)
    {
        var member = await members.LoadAsync(query.ForumId, query.Id, expectedVersion: null, cancellationToken);
        return new Versioned<MemberResponse>(MemberResponse.From(member), member.Version);
    }
}
