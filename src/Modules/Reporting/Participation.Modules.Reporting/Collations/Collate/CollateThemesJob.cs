using Mediator;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Collations.Collate;

/// <summary>
/// The six-monthly theme collation: at 02:00 UK time on 1 January and 1 July it collates the half-year just ended;
/// asked for a past half-year, that one. A half-year already collated is returned as stored, so running twice
/// yields one report.
/// </summary>
internal sealed class CollateThemesJob(ReportingDbContext reporting, ThemeCollationStore store, ISender sender, TimeProvider clock)
{
    public const string Id = "reporting-theme-collation";

    /// <summary>02:00 on 1 January and 1 July, in the recurring jobs' time zone (Europe/London).</summary>
    public const string Schedule = "0 2 1 1,7 *";

    public Task<ThemeCollationReport> RunAsync(CancellationToken cancellationToken) =>
        CollateAsync(HalfYear.JustEndedAt(clock.GetUtcNow()).Label, cancellationToken);

    public async Task<ThemeCollationReport> CollateAsync(string halfYear, CancellationToken cancellationToken)
    {
        if (!HalfYear.TryParse(halfYear, out var parsed) || parsed is not { } half)
        {
            throw new ArgumentException($"'{halfYear}' is not a half-year such as 2026-H1.", nameof(halfYear));
        }

        if (await store.FindAsync(half, cancellationToken) is { } existing)
        {
            return existing;
        }

        var taxonomy = await sender.Send(new GetThemeTaxonomyQuery(), cancellationToken);
        var counts = await ThemeCounts.CountAsync(reporting, half, taxonomy, cancellationToken);
        return await store.StoreAsync(half, ThemeCollator.Collate(half, counts, taxonomy, clock.GetUtcNow()), cancellationToken);
    }
}
