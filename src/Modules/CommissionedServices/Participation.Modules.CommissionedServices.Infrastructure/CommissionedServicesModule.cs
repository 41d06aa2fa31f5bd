using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.Modules.CommissionedServices.Application;
using Participation.Modules.CommissionedServices.Application.Feedback;
using Participation.Modules.CommissionedServices.Infrastructure.Endpoints;
using Participation.Modules.CommissionedServices.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Infrastructure.Security;

namespace Participation.Modules.CommissionedServices.Infrastructure;

/// <summary>
/// The providers the council commissions, the partner keys of every partner system, and the feedback those systems
/// post (docs/domain/vocabularies-and-themes.md for what an item carries). Service areas and themes are checked
/// against ReferenceData.
/// </summary>
internal sealed class CommissionedServicesModule() : Module<CommissionedServicesDbContext>("CommissionedServices", CommissionedServicesDbContext.SchemaName, "ReferenceData")
{
    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProviders().MapApiKeys();
        endpoints.MapPartner();
    }

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IProviderRepository, ProviderRepository>();
        services.AddScoped<IFeedbackStore, FeedbackStore>();
        services.AddScoped<IPartnerKeyStore, PartnerKeyStore>();
        services.AddStoredEventSource<FeedbackReceivedSource>();
    }
}
