using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.ReferenceData.Application.GetServiceAreaNames;

/// <summary>Service areas number in the tens: all of them in one read.</summary>
internal sealed class GetServiceAreaNamesQueryHandler(IServiceAreaRepository serviceAreas) : IQueryHandler<GetServiceAreaNamesQuery, IReadOnlyDictionary<string, string>>
{
    private const int AllOfThem = 10_000;

    public async ValueTask<IReadOnlyDictionary<string, string>> Handle(GetServiceAreaNamesQuery query, CancellationToken cancellationToken) =>
        (await serviceAreas.ListAsync(includeRetired: true, afterCode: null, AllOfThem, cancellationToken)).ToDictionary(area => area.Code, area => area.Name, StringComparer.Ordinal);
}
