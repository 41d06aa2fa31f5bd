using System.Threading.RateLimiting;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// A token bucket per key, refilled by the partitioned limiter's own timer. Its partitions share one bucket factory:
/// <c>RateLimitPartition.GetTokenBucketLimiter</c> builds two new delegates every time the limiter looks a key up,
/// which is on every request.
/// </summary>
internal static class TokenBuckets
{
    public static PartitionedRateLimiter<TKey> PerKey<TKey>(int tokenLimit, int tokensPerPeriod, TimeSpan replenishmentPeriod)
        where TKey : notnull
    {
        // AutoReplenishment off, as GetTokenBucketLimiter sets it: the partitioned limiter refills every bucket from one
        // timer instead of a timer per bucket.
        var options = new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokenLimit,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = replenishmentPeriod,
            QueueLimit = 0,
            AutoReplenishment = false,
        };
        Func<TKey, RateLimiter> newBucket = _ => new TokenBucketRateLimiter(options);
        return PartitionedRateLimiter.Create<TKey, TKey>(key => new RateLimitPartition<TKey>(key, newBucket));
    }
}
