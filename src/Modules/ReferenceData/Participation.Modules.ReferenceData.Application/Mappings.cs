using Mapster;
using Participation.Modules.ReferenceData.Application.ServiceAreas;
using Participation.Modules.ReferenceData.Application.Themes;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application;

/// <summary>
/// Entity to response mappings, ids as plain UUIDs. The module owns its configuration rather than
/// changing Mapster's global one, which every module and every test host would share.
/// </summary>
internal static class Mappings
{
    public static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.ForType<ServiceArea, ServiceAreaResponse>()
            .Map(response => response.Id, area => area.Id.Value)
            .Map(response => response.Retired, area => area.RetiredOn != null);
        config.ForType<Theme, ThemeResponse>()
            .Map(response => response.Id, theme => theme.Id.Value)
            .Map(response => response.ParentId, theme => theme.ParentId.HasValue ? theme.ParentId.Value.Value : (Guid?)null)
            .Map(response => response.Retired, theme => theme.RetiredOn != null);
        config.Compile();
        return config;
    }
}
