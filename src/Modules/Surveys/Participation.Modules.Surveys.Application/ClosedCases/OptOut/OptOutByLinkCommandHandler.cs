using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.OptOut;

/// <summary>
/// The letter's link opts the family out for good, whether or not it was used to answer: a family may give feedback
/// and still not want a call. A link that is not a closure's letter is not found.
/// </summary>
internal sealed class OptOutByLinkCommandHandler(RespondentLinks links, ICaseClosureRepository closures, TimeProvider clock)
    : ICommandHandler<OptOutByLinkCommand, OptOutState>
{
    public async ValueTask<OptOutState> Handle(OptOutByLinkCommand command, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(command.Token, cancellationToken);
        var closure = await closures.FindByInvitationAsync(invitation.Id, cancellationToken) ?? throw new NotFoundException("Link", "that was given");
        FollowUps.OptOut(closure, invitation, OptOutRoute.LetterLink, clock);
        return new OptOutState(closure.OptedOutOn);
    }
}
