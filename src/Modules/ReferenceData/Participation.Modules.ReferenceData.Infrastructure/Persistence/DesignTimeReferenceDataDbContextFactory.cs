using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeReferenceDataDbContextFactory() : ModuleDesignTimeDbContextFactory<ReferenceDataDbContext>(ReferenceDataDbContext.SchemaName);
