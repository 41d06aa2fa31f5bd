using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeCommissionedServicesDbContextFactory() : ModuleDesignTimeDbContextFactory<CommissionedServicesDbContext>(CommissionedServicesDbContext.SchemaName);
