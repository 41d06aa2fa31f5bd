using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Application.Invitations.RevokeInvitation;

internal sealed class RevokeInvitationCommandHandler(IInvitationRepository invitations, TimeProvider clock) : ICommandHandler<RevokeInvitationCommand>
{
    public async ValueTask<Unit> Handle(RevokeInvitationCommand command, CancellationToken cancellationToken)
    {
        var invitation = await invitations.GetAsync(new InvitationId(command.InvitationId), cancellationToken);
        if (invitation is null || invitation.SurveyId.Value != command.SurveyId)
        {
            throw new NotFoundException("Invitation", command.InvitationId);
        }

        invitation.Revoke(clock.GetUtcNow());
        return Unit.Value;
    }
}
