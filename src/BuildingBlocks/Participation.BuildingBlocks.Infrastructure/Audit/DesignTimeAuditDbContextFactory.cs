using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeAuditDbContextFactory() : ModuleDesignTimeDbContextFactory<AuditDbContext>(AuditDbContext.SchemaName);
