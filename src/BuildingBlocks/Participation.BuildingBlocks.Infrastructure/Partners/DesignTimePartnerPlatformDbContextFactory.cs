using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimePartnerPlatformDbContextFactory() : ModuleDesignTimeDbContextFactory<PartnerPlatformDbContext>(PartnerPlatformDbContext.SchemaName);
