using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.ReferenceData.Application;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.ReferenceData.Infrastructure.Endpoints;
using Participation.Modules.ReferenceData.Infrastructure.Persistence;

namespace Participation.Modules.ReferenceData.Infrastructure;

/// <summary>
/// Reference data every module tags its records with: the national vocabularies (audiences, priority cohorts,
/// channels) and the administrator-maintained service areas and theme taxonomy.
/// </summary>
public sealed class ReferenceDataModule : IModule
{
    /// <inheritdoc />
    public string Name => "ReferenceData";

    /// <inheritdoc />
    public ModuleDescriptor AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReferenceDataDbContext>(ReferenceDataDbContext.SchemaName);
        services.AddScoped<IServiceAreaRepository, ServiceAreaRepository>();
        services.AddScoped<IThemeRepository, ThemeRepository>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddValidatorsFromAssemblyContaining<IThemeRepository>(ServiceLifetime.Singleton, includeInternalTypes: true);
        return new ModuleDescriptor(
            Name,
            typeof(ReferenceDataDbContext),
            [typeof(IThemeRepository).Assembly, typeof(ThemeRetired).Assembly, typeof(ReferenceDataModule).Assembly]);
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var referenceData = endpoints.MapGroup("/api/v1/reference-data")
            .WithTags("Reference data")
            .RequireAuthorization(Policies.AnyStaff)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        referenceData.MapVocabularies();
        referenceData.MapServiceAreas();
        referenceData.MapThemes();
    }

    /// <inheritdoc />
    public async Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ReferenceDataDbContext>().Database.MigrateAsync(cancellationToken);
        await services.GetRequiredService<ReferenceDataSeeder>().SeedAsync(cancellationToken);
    }
}
