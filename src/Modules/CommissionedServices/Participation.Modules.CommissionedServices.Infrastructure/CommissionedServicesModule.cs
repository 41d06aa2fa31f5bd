using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Application;
using Participation.Modules.CommissionedServices.Application.Feedback;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.CommissionedServices.Infrastructure.Endpoints;
using Participation.Modules.CommissionedServices.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Infrastructure.Security;

namespace Participation.Modules.CommissionedServices.Infrastructure;

/// <summary>
/// The providers the council commissions, their partner credentials, and what their systems post
/// (DOMAIN.md, Commissioned services).
/// </summary>
public sealed class CommissionedServicesModule : IModule
{
    /// <inheritdoc />
    public string Name => "CommissionedServices";

    /// <inheritdoc />
    public ModuleDescriptor AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CommissionedServicesDbContext>(CommissionedServicesDbContext.SchemaName);
        services.AddScoped<IProviderRepository, ProviderRepository>();
        services.AddScoped<IFeedbackStore, FeedbackStore>();
        services.AddStoredEventSource<FeedbackReceivedSource>();
        services.AddValidatorsFromAssemblyContaining<IProviderRepository>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, PartnerApiKeyAuthenticationHandler>(PartnerAuthentication.Scheme, null);
        services.AddAuthorizationBuilder().AddPartnerPolicies();
        services.AddPartnerRateLimits(configuration);
        return new ModuleDescriptor(
            Name,
            typeof(CommissionedServicesDbContext),
            [typeof(IProviderRepository).Assembly, typeof(FeedbackReceived).Assembly, typeof(CommissionedServicesModule).Assembly]);
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProviders().MapApiKeys();
        endpoints.MapPartner();
    }

    /// <inheritdoc />
    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CommissionedServicesDbContext>().Database.MigrateAsync(cancellationToken);
}
