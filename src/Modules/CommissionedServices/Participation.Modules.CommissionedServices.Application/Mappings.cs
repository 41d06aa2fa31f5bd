using Mapster;
using Participation.Modules.CommissionedServices.Application.ApiKeys;
using Participation.Modules.CommissionedServices.Application.Feedback;
using Participation.Modules.CommissionedServices.Domain.Feedback;
using Participation.Modules.CommissionedServices.Application.Providers;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application;

/// <summary>Entity to response mappings, owned by the module (Mapster's global configuration is left alone).</summary>
internal static class Mappings
{
    public static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.ForType<Provider, ProviderResponse>()
            .Map(response => response.Id, provider => provider.Id.Value)
            .Map(response => response.Active, provider => provider.DeactivatedOn == null);
        config.ForType<ApiKey, ApiKeyResponse>()
            .Map(response => response.Id, key => key.Id.Value)
            .Map(response => response.Revoked, key => key.RevokedOn != null);
        config.ForType<FeedbackItem, FeedbackItemResponse>();
        config.Compile();
        return config;
    }
}
