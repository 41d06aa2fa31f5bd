using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.Reporting.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>.</summary>
internal sealed class DesignTimeReportingDbContextFactory() : ModuleDesignTimeDbContextFactory<ReportingDbContext>(ReportingDbContext.SchemaName);
