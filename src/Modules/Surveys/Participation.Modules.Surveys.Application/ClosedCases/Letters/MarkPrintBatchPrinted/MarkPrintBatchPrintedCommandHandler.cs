using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.MarkPrintBatchPrinted;

/// <summary>Marking it again changes nothing: its letters are already printed.</summary>
internal sealed class MarkPrintBatchPrintedCommandHandler(ICaseClosureRepository closures, TimeProvider clock) : ICommandHandler<MarkPrintBatchPrintedCommand, int>
{
    public async ValueTask<int> Handle(MarkPrintBatchPrintedCommand command, CancellationToken cancellationToken)
    {
        var batch = await closures.PrintBatchAsync(command.Day, cancellationToken);
        if (batch.Count == 0)
        {
            throw new NotFoundException("Print batch", command.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var closure in batch.Where(closure => closure.LetterStatus == LetterStatus.InPrintBatch))
        {
            closure.LetterPrinted(clock.GetUtcNow());
        }

        return batch.Count;
    }
}
