using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.GetLetter;

internal sealed class GetLetterQueryHandler(ICaseClosureRepository closures, LetterContents letters) : IQueryHandler<GetLetterQuery, Letter?>
{
    public async ValueTask<Letter?> Handle(GetLetterQuery query, CancellationToken cancellationToken)
    {
        var closure = await closures.GetAsync(new CaseClosureId(query.Id), cancellationToken) ?? throw new NotFoundException("Closure", query.Id);
        // Still wanted: not opted out, no feedback yet, its contact and its link still held.
        return closure is { LetterStatus: LetterStatus.Sending, OptedOutOn: null, FollowUpEndedOn: null, Contact: not null, InvitationId: not null }
            ? await letters.ForAsync(closure, cancellationToken)
            : null;
    }
}
