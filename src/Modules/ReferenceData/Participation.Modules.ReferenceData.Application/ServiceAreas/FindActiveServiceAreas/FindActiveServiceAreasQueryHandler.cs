using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.FindActiveServiceAreas;

internal sealed class FindActiveServiceAreasQueryHandler(IServiceAreaRepository serviceAreas) : IQueryHandler<FindActiveServiceAreasQuery, IReadOnlySet<string>>
{
    public async ValueTask<IReadOnlySet<string>> Handle(FindActiveServiceAreasQuery query, CancellationToken cancellationToken) =>
        await serviceAreas.FindActiveCodesAsync(query.Codes, cancellationToken);
}
