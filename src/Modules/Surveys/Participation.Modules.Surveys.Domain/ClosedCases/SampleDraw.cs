using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.ClosedCases;

/// <summary>One service area's share of a draw.</summary>
/// <param name="ServiceArea">The stratum.</param>
/// <param name="Eligible">How many of its closures could be drawn.</param>
/// <param name="Drawn">How many were.</param>
public sealed record Stratum(string ServiceArea, int Eligible, int Drawn);

/// <summary>
/// A quarter's telephone sample (docs/domain/closed-case-follow-up.md#quarterly-sample), one per quarter: the seed and
/// the size are recorded so the draw can be reproduced and audited from the same eligible closures.
/// </summary>
public sealed class SampleDraw : AggregateRoot<SampleDrawId>
{
    private SampleDraw()
    {
    }

    /// <summary>The quarter of the financial year whose closures were drawn from, e.g. <c>2026-27 Q3</c>.</summary>
    public string Quarter { get; private set; } = null!;

    public int Seed { get; private set; }

    /// <summary>The configured size: a number of closures, or null where <see cref="Percent"/> applies.</summary>
    public int? Size { get; private set; }

    /// <summary>The configured percentage of each service area's eligible closures, where no size is set.</summary>
    public int Percent { get; private set; }

    public DateTimeOffset DrawnAt { get; private set; }

    public IReadOnlyList<Stratum> Strata { get; private set; } = [];

    /// <summary>
    /// Draws from <paramref name="eligible"/> (each closure with its service area) with <paramref name="seed"/>; the
    /// closures picked are returned. The same closures, seed and size always pick the same ones.
    /// </summary>
    public static (SampleDraw Draw, IReadOnlySet<CaseClosureId> Picked) Make(
        string quarter, IReadOnlyList<(CaseClosureId Closure, string ServiceArea)> eligible, int seed, SampleSize size, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(size);
        var picked = StratifiedSample.Draw(eligible, seed, size);
        var draw = new SampleDraw
        {
            Id = new SampleDrawId(Guid.CreateVersion7()),
            Quarter = quarter,
            Seed = seed,
            Size = size.Count,
            Percent = size.Percent,
            DrawnAt = now,
            Strata = [.. eligible.GroupBy(entry => entry.ServiceArea, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => new Stratum(group.Key, group.Count(), group.Count(entry => picked.Contains(entry.Closure))))],
        };
        return (draw, picked);
    }
}
