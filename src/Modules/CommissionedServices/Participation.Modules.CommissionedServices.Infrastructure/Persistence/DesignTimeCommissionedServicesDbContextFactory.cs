using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: the same options as at run time; no database is contacted.</summary>
internal sealed class DesignTimeCommissionedServicesDbContextFactory : IDesignTimeDbContextFactory<CommissionedServicesDbContext>
{
    public CommissionedServicesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CommissionedServicesDbContext>();
        options.UseModuleDatabase(NpgsqlDataSource.Create("Host=localhost"), CommissionedServicesDbContext.SchemaName);
        return new CommissionedServicesDbContext(options.Options);
    }
}
