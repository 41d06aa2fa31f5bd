using Mediator;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.OptOut;

/// <summary>
/// The letter's link opts the family out for good, whether or not it was used to answer: a family may give feedback
/// and still not want a call. A link that is not a closure's letter is not found.
/// </summary>
internal sealed class OptOutByLinkCommandHandler(RespondentLinks links, ICaseClosureRepository closures, ISurveyRepository surveys, TimeProvider clock)
    : ICommandHandler<OptOutByLinkCommand, OptOutState>
{
    public async ValueTask<OptOutState> Handle(OptOutByLinkCommand command, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(command.Token, cancellationToken);
        var (closure, endedOn) = await closures.OfLetterLinkAsync(surveys, invitation, cancellationToken);
        if (closure is null)
        {
            // Its follow-up ended with the anonymous answer: nothing more comes, and nothing is left to record it on.
            return new OptOutState(endedOn);
        }

        FollowUps.OptOut(closure, invitation, OptOutRoute.LetterLink, clock);
        return new OptOutState(closure.OptedOutOn);
    }
}
