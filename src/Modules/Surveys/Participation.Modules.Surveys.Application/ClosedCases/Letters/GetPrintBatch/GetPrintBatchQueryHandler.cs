using Mediator;
using Participation.BuildingBlocks.Application.Errors;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.GetPrintBatch;

/// <summary>
/// A batch's letters are written afresh from what the closures hold, so the same day's batch prints the same; a
/// letter whose contact details were erased since (the family opted out, say) is no longer in it.
/// </summary>
internal sealed class GetPrintBatchQueryHandler(ICaseClosureRepository closures, LetterContents letters) : IQueryHandler<GetPrintBatchQuery, IReadOnlyList<Letter>>
{
    public async ValueTask<IReadOnlyList<Letter>> Handle(GetPrintBatchQuery query, CancellationToken cancellationToken)
    {
        var batch = await closures.PrintBatchAsync(query.Day, cancellationToken);
        if (batch.Count == 0)
        {
            throw new NotFoundException("Print batch", query.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var written = new List<Letter>(batch.Count);
        foreach (var closure in batch)
        {
            written.Add(await letters.ForAsync(closure, cancellationToken));
        }

        return written;
    }
}
