using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.Modules.Reviews.Application;
using Participation.Modules.Reviews.Infrastructure.Endpoints;
using Participation.Modules.Reviews.Infrastructure.Persistence;

namespace Participation.Modules.Reviews.Infrastructure;

/// <summary>
/// Children's participation in their own meetings (docs/domain/participation-codes.md): the facts recorded once by
/// staff or the case-management system, the SSDA903 code derived from them, reports and the DfE extract. Service areas
/// are checked against ReferenceData.
/// </summary>
internal sealed class ReviewsModule() : Module<ReviewsDbContext>("Reviews", ReviewsDbContext.SchemaName, "ReferenceData")
{
    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReviews();
        endpoints.MapPartnerReviews();
    }

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IReviewRepository, ReviewRepository>();
        services.AddOptions<ReviewsOptions>()
            .Bind(configuration.GetSection(ReviewsOptions.Section))
            .Validate(options => options.FeltHelpedBenchmark is > 0 and <= 100, $"{ReviewsOptions.Section}:FeltHelpedBenchmark must be a percentage above 0 and at most 100.")
            .ValidateOnStart();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReviewPolicies.Record, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.ReviewingOfficer))
            .AddPolicy(ReviewPolicies.Read, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.ReviewingOfficer, Roles.Manager))
            .AddPolicy(ReviewPolicies.Report, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.ReviewingOfficer, Roles.Manager, Roles.Analyst))
            .AddPolicy(ReviewPolicies.Extract, policy => policy.RequireRole(Roles.Analyst, Roles.Manager));
    }
}
