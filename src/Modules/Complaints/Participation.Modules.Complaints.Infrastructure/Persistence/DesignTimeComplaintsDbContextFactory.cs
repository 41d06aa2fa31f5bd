using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.Complaints.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeComplaintsDbContextFactory() : ModuleDesignTimeDbContextFactory<ComplaintsDbContext>(ComplaintsDbContext.SchemaName);
