using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.Complaints.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: the same options as at run time; no database is contacted.</summary>
internal sealed class DesignTimeComplaintsDbContextFactory : IDesignTimeDbContextFactory<ComplaintsDbContext>
{
    public ComplaintsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ComplaintsDbContext>();
        options.UseModuleDatabase(NpgsqlDataSource.Create("Host=localhost"), ComplaintsDbContext.SchemaName);
        return new ComplaintsDbContext(options.Options);
    }
}
