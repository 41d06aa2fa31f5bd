using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.OptOut;

/// <summary>An opt-out takes effect at once: no letter not yet written is written, no call is made, the letter's link closes.</summary>
internal sealed class OptOutCommandHandler(ICaseClosureRepository closures, IInvitationRepository invitations, TimeProvider clock) : ICommandHandler<OptOutCommand, CaseClosureResponse>
{
    public async ValueTask<CaseClosureResponse> Handle(OptOutCommand command, CancellationToken cancellationToken)
    {
        var closure = await closures.GetAsync(new CaseClosureId(command.Id), cancellationToken);
        if (closure is null || (command.PartnerId is not null && closure.PartnerId != command.PartnerId))
        {
            throw new NotFoundException("Closure", command.Id);
        }

        FollowUps.OptOut(closure, await invitations.LetterLinkAsync(closure, cancellationToken), command.PartnerId is null ? OptOutRoute.Staff : OptOutRoute.Partner, clock);
        return CaseClosureResponse.Of(closure, withContact: command.PartnerId is null);
    }
}
