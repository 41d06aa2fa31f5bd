using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.GetLetter;

internal sealed class GetLetterQueryHandler(ICaseClosureRepository closures, LetterContents letters) : IQueryHandler<GetLetterQuery, Letter?>
{
    public async ValueTask<Letter?> Handle(GetLetterQuery query, CancellationToken cancellationToken)
    {
        var closure = await closures.GetAsync(new CaseClosureId(query.Id), cancellationToken) ?? throw new NotFoundException("Closure", query.Id);
        return closure.LetterStatus == LetterStatus.Sending && closure.OptedOutOn is null && closure.Contact is not null
            ? await letters.ForAsync(closure, cancellationToken)
            : null;
    }
}
