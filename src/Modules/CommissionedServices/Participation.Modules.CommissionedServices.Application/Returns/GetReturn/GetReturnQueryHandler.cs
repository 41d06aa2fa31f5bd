using Mediator;
using Participation.Modules.CommissionedServices.Domain.Returns;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.CommissionedServices.Application.Returns.GetReturn;

internal sealed class GetReturnQueryHandler(IReturnRepository returns) : IQueryHandler<GetReturnQuery, Versioned<ReturnResponse>>
{
    public async ValueTask<Versioned<ReturnResponse>> Handle(GetReturnQuery query, CancellationToken cancellationToken)
    {
        var found = await returns.LoadOwnedAsync(new ReturnId(query.ReturnId), candidate => candidate.ProviderId.Value == query.ProviderId, expectedVersion: null, cancellationToken);
        return new Versioned<ReturnResponse>(ReturnResponse.From(found), found.Version);
    }
}
