using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>For <c>dotnet ef migrations add</c>: the same options as at run time; no database is contacted.</summary>
internal sealed class DesignTimeAuditDbContextFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuditDbContext>();
        options.UseModuleDatabase(NpgsqlDataSource.Create("Host=localhost"), AuditDbContext.SchemaName);
        return new AuditDbContext(options.Options);
    }
}
