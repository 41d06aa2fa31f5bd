using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Application;

/// <summary>Service areas, as the use cases need them.</summary>
public interface IServiceAreaRepository : IRepository<ServiceArea, ServiceAreaId>
{
    /// <summary>Whether any service area, active or retired, has the code.</summary>
    Task<bool> CodeInUseAsync(string code, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="codes"/> that name active service areas.</summary>
    Task<IReadOnlySet<string>> FindActiveCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> service areas in code order after <paramref name="afterCode"/>.</summary>
    Task<IReadOnlyList<ServiceArea>> ListAsync(bool includeRetired, string? afterCode, int take, CancellationToken cancellationToken);
}
