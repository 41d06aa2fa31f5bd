using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.ReferenceData.Application;
using Participation.Modules.ReferenceData.Infrastructure.Endpoints;
using Participation.Modules.ReferenceData.Infrastructure.Persistence;

namespace Participation.Modules.ReferenceData.Infrastructure;

/// <summary>
/// Reference data every module tags its records with: the national vocabularies (audiences, priority cohorts,
/// channels) and the administrator-maintained service areas and theme taxonomy (docs/domain/vocabularies-and-themes.md).
/// </summary>
internal sealed class ReferenceDataModule() : Module<ReferenceDataDbContext>("ReferenceData", ReferenceDataDbContext.SchemaName)
{
    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var referenceData = endpoints.MapGroup("/api/v1/reference-data")
            .WithTags("Reference data")
            .RequireAuthorization(Policies.AnyStaff)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        referenceData.MapVocabularies();
        referenceData.MapServiceAreas();
        referenceData.MapThemes();
    }

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IServiceAreaRepository, ServiceAreaRepository>();
        services.AddScoped<IThemeRepository, ThemeRepository>();
        services.AddScoped<ReferenceDataSeeder>();
    }

    /// <inheritdoc />
    protected override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
}
