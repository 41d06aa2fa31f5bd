using Mediator;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.ReconcileInterruptedLetters;

/// <summary>
/// Runs first in a letters run, which no other run overlaps: a letter still "sending" belongs to a run that stopped
/// between recording its intent and recording the outcome, so whether the mail server took it cannot be known. It is
/// not sent again; officers check it (ADR 20).
/// </summary>
internal sealed class ReconcileInterruptedLettersCommandHandler(ICaseClosureRepository closures) : ICommandHandler<ReconcileInterruptedLettersCommand, int>
{
    private const int Batch = 1000;

    public async ValueTask<int> Handle(ReconcileInterruptedLettersCommand command, CancellationToken cancellationToken)
    {
        var interrupted = await closures.InLetterStatusAsync(LetterStatus.Sending, Batch, cancellationToken);
        foreach (var closure in interrupted)
        {
            closure.LetterFateUnknown();
        }

        return interrupted.Count;
    }
}
