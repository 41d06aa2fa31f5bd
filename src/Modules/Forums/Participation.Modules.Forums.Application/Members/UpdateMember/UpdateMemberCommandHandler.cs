using Mediator;
using Participation.BuildingBlocks.Application.Security;

namespace Participation.Modules.Forums.Application.Members.UpdateMember;

internal sealed class UpdateMemberCommandHandler(IMemberRepository members, ICurrentUser user) : ICommandHandler<UpdateMemberCommand>
{
    public async ValueTask<Unit> Handle(UpdateMemberCommand command, CancellationToken cancellationToken)
    {
        var member = await members.LoadAsync(command.ForumId, command.Id, command.ExpectedVersion, cancellationToken);
        member.Update(MemberDetailsValidator.ToDetails(command), MemberConsent.Of(command, user));
        return Unit.Value;
    }
}
