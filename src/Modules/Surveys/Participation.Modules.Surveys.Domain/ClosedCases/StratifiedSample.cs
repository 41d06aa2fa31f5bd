namespace Participation.Modules.Surveys.Domain.ClosedCases;

/// <summary>How many closures a draw picks: a fixed number spread over the service areas, or a percentage of each.</summary>
/// <param name="Count">A fixed number, or null to draw <paramref name="Percent"/> of each service area.</param>
/// <param name="Percent">1 to 100.</param>
public sealed record SampleSize(int? Count, int Percent);

/// <summary>
/// A random sample stratified by service area, each stratum drawn in proportion to its size (largest remainders for a
/// fixed total; the percentage rounded up otherwise, so no service area with closures goes unsampled), every closure in
/// a stratum equally likely. Reproducible: the eligible closures are put in id order and shuffled with a seeded
/// <see cref="Random"/>, whose sequence for a given seed is fixed across .NET versions.
/// </summary>
internal static class StratifiedSample
{
    public static IReadOnlySet<CaseClosureId> Draw(IReadOnlyList<(CaseClosureId Closure, string ServiceArea)> eligible, int seed, SampleSize size)
    {
        var strata = eligible.GroupBy(entry => entry.ServiceArea, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Select(entry => entry.Closure).OrderBy(id => id.Value).ToList())
            .ToList();
        var quotas = size.Count is { } count ? Proportional(strata.ConvertAll(stratum => stratum.Count), Math.Min(count, eligible.Count)) : strata.ConvertAll(stratum => (int)Math.Ceiling(stratum.Count * size.Percent / 100.0));
        var random = new Random(seed);
        var picked = new HashSet<CaseClosureId>();
        for (var index = 0; index < strata.Count; index++)
        {
            var stratum = strata[index];
            // A partial Fisher–Yates shuffle: the first quota places are a uniform sample without replacement.
            for (var place = 0; place < quotas[index]; place++)
            {
                var other = random.Next(place, stratum.Count);
                (stratum[place], stratum[other]) = (stratum[other], stratum[place]);
                picked.Add(stratum[place]);
            }
        }

        return picked;
    }

    /// <summary>Splits <paramref name="total"/> over strata in proportion to their sizes, by largest remainder.</summary>
    private static List<int> Proportional(List<int> sizes, int total)
    {
        var all = sizes.Sum();
        if (all == 0)
        {
            return sizes;
        }

        var exact = sizes.ConvertAll(stratum => (double)stratum * total / all);
        var quotas = exact.ConvertAll(share => (int)Math.Floor(share));
        foreach (var index in Enumerable.Range(0, sizes.Count).OrderByDescending(index => exact[index] - quotas[index]).ThenBy(index => index).Take(total - quotas.Sum()))
        {
            quotas[index]++;
        }

        return quotas;
    }
}
