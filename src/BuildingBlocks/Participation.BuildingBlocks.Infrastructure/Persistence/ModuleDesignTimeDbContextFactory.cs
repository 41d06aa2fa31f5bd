using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// For <c>dotnet ef migrations add</c>: a module's DbContext with the same options as at run time; no database is
/// contacted. A module declares one line: <c>internal sealed class DesignTimeFactory() : ModuleDesignTimeDbContextFactory&lt;XDbContext&gt;(XDbContext.SchemaName);</c>
/// </summary>
/// <typeparam name="TContext">The module's DbContext; its constructor takes <see cref="DbContextOptions{TContext}"/>.</typeparam>
/// <param name="schema">The module's schema.</param>
public abstract class ModuleDesignTimeDbContextFactory<TContext>(string schema) : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    /// <inheritdoc />
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseModuleDatabase(NpgsqlDataSource.Create("Host=localhost"), schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
