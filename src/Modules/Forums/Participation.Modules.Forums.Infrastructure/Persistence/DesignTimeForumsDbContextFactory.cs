using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.Forums.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeForumsDbContextFactory() : ModuleDesignTimeDbContextFactory<ForumsDbContext>(ForumsDbContext.SchemaName);
