using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Collations;

/// <summary>Stored collations: one per half-year, kept as produced.</summary>
internal sealed class ThemeCollationStore(ReportingDbContext reporting, IOptions<JsonOptions> json)
{
    public async Task<ThemeCollationReport?> FindAsync(HalfYear half, CancellationToken cancellationToken) =>
        Read(await reporting.ThemeCollations.AsNoTracking().SingleOrDefaultAsync(collation => collation.HalfYear == half.Label, cancellationToken));

    public async Task<ThemeCollationReport?> GetAsync(Guid id, CancellationToken cancellationToken) =>
        Read(await reporting.ThemeCollations.AsNoTracking().SingleOrDefaultAsync(collation => collation.Id == id, cancellationToken));

    /// <summary>Up to <paramref name="take"/> collations after number <paramref name="afterNumber"/>, in number order.</summary>
    public async Task<IReadOnlyList<ThemeCollationSummary>> ListAsync(int afterNumber, int take, CancellationToken cancellationToken) =>
        await reporting.ThemeCollations.AsNoTracking()
            .Where(collation => collation.Number > afterNumber)
            .OrderBy(collation => collation.Number)
            .Take(take)
            .Select(collation => new ThemeCollationSummary(collation.Id, collation.Number, collation.HalfYear, collation.ProducedAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Stores the half-year's collation unless one already is, and returns the stored one: two runs at once both
    /// produce a report, and only the first stored is kept.
    /// </summary>
    public async Task<ThemeCollationReport> StoreAsync(HalfYear half, ThemeCollationReport report, CancellationToken cancellationToken)
    {
        var content = JsonSerializer.Serialize(report, json.Value.SerializerOptions);
        await reporting.Database.ExecuteSqlAsync(
            $"INSERT INTO reporting.theme_collations (id, half_year, produced_at, content) VALUES ({Guid.CreateVersion7()}, {half.Label}, {report.ProducedAt}, {content}::json) ON CONFLICT (half_year) DO NOTHING",
            cancellationToken);
        return await FindAsync(half, cancellationToken) ?? throw new InvalidOperationException($"The collation of {half.Label} was stored and is not there.");
    }

    private ThemeCollationReport? Read(ThemeCollation? stored) =>
        stored is null
            ? null
            : JsonSerializer.Deserialize<ThemeCollationReport>(stored.Content, json.Value.SerializerOptions)! with { Id = stored.Id, Number = stored.Number };
}
