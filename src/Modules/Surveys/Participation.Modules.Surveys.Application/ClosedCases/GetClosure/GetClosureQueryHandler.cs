using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.GetClosure;

internal sealed class GetClosureQueryHandler(ICaseClosureRepository closures) : IQueryHandler<GetClosureQuery, CaseClosureResponse>
{
    public async ValueTask<CaseClosureResponse> Handle(GetClosureQuery query, CancellationToken cancellationToken)
    {
        var closure = await closures.GetAsync(new CaseClosureId(query.Id), cancellationToken);
        // Another partner's closure is not found, rather than forbidden: its existence is not the caller's to know.
        return closure is not null && (query.PartnerId is null || closure.PartnerId == query.PartnerId)
            ? CaseClosureResponse.Of(closure, withContact: query.PartnerId is null)
            : throw new NotFoundException("Closure", query.Id);
    }
}
