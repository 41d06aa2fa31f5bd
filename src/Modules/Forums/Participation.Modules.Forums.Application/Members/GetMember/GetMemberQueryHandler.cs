using Mediator;
using Participation.Modules.Forums.Domain.Members;
using Participation.Modules.Forums.Domain.Forums;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Forums.Application.Members.GetMember;

internal sealed class GetMemberQueryHandler(IMemberRepository members) : IQueryHandler<GetMemberQuery, Versioned<MemberResponse>>
{
    public async ValueTask<Versioned<MemberResponse>> Handle(GetMemberQuery query, CancellationToken cancellationToken)
    {
        var member = await members.LoadOwnedAsync(new MemberId(query.Id), candidate => candidate.ForumId == new ForumId(query.ForumId), expectedVersion: null, cancellationToken);
        return new Versioned<MemberResponse>(MemberResponse.From(member), member.Version);
    }
}
