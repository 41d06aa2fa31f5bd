using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.Reviews.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeReviewsDbContextFactory() : ModuleDesignTimeDbContextFactory<ReviewsDbContext>(ReviewsDbContext.SchemaName);
