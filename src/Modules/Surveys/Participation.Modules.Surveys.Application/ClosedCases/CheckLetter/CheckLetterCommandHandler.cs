using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.CheckLetter;

/// <summary>A letter found not to have arrived goes back to the next letters run, with the same link; a second unknown is not resent.</summary>
internal sealed class CheckLetterCommandHandler(ICaseClosureRepository closures) : ICommandHandler<CheckLetterCommand, CaseClosureResponse>
{
    public async ValueTask<CaseClosureResponse> Handle(CheckLetterCommand command, CancellationToken cancellationToken)
    {
        var closure = await closures.GetAsync(new CaseClosureId(command.Id), cancellationToken) ?? throw new NotFoundException("Closure", command.Id);
        if (command.Arrived)
        {
            closure.LetterConfirmedSent();
        }
        else
        {
            closure.ResendLetter();
        }

        return CaseClosureResponse.Of(closure, withContact: true);
    }
}
