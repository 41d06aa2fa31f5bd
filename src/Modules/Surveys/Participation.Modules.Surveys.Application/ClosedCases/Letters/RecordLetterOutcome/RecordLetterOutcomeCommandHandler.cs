using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.RecordLetterOutcome;

internal sealed class RecordLetterOutcomeCommandHandler(ICaseClosureRepository closures) : ICommandHandler<RecordLetterOutcomeCommand>
{
    public async ValueTask<Unit> Handle(RecordLetterOutcomeCommand command, CancellationToken cancellationToken)
    {
        var closure = await closures.GetAsync(new CaseClosureId(command.Id), cancellationToken) ?? throw new NotFoundException("Closure", command.Id);
        switch (command.Outcome)
        {
            case LetterOutcome.Accepted:
                closure.LetterAccepted();
                break;
            case LetterOutcome.Refused:
                closure.LetterRefused();
                break;
            case LetterOutcome.Undeliverable:
                closure.LetterUndeliverable();
                break;
            case LetterOutcome.Withdrawn:
                closure.LetterWithdrawn();
                break;
            default:
                closure.LetterFateUnknown();
                break;
        }

        return Unit.Value;
    }
}
