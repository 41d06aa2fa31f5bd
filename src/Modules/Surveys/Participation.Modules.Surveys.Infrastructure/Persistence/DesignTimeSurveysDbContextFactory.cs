using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeSurveysDbContextFactory() : ModuleDesignTimeDbContextFactory<SurveysDbContext>(SurveysDbContext.SchemaName);
