using Mediator;
using Participation.Modules.Forums.Domain.Members;
using Participation.Modules.Forums.Domain.Forums;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Application.Security;

namespace Participation.Modules.Forums.Application.Members.UpdateMember;

internal sealed class UpdateMemberCommandHandler(IMemberRepository members, ICurrentUser user) : ICommandHandler<UpdateMemberCommand>
{
    public async ValueTask<Unit> Handle(UpdateMemberCommand command, CancellationToken cancellationToken)
    {
        var member = await members.LoadOwnedAsync(new MemberId(command.Id), candidate => candidate.ForumId == new ForumId(command.ForumId), command.ExpectedVersion, cancellationToken);
        member.Update(MemberDetailsValidator.ToDetails(command), MemberConsent.Of(command, user));
        return Unit.Value;
    }
}
