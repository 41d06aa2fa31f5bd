using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: the same options as at run time; no database is contacted.</summary>
internal sealed class DesignTimeReferenceDataDbContextFactory : IDesignTimeDbContextFactory<ReferenceDataDbContext>
{
    public ReferenceDataDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ReferenceDataDbContext>();
        options.UseModuleDatabase(NpgsqlDataSource.Create("Host=localhost"), ReferenceDataDbContext.SchemaName);
        return new ReferenceDataDbContext(options.Options);
    }
}
