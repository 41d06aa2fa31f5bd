using Participation.BuildingBlocks.Infrastructure.Http;

namespace Participation.UnitTests.Platform;

public sealed class TokenBucketsTests
{
    [Fact]
    public async Task Each_key_has_its_own_bucket_and_an_empty_one_is_refilled_by_the_limiter()
    {
        using var buckets = TokenBuckets.PerKey<string>(tokenLimit: 2, tokensPerPeriod: 1, TimeSpan.FromMilliseconds(200));

        Assert.True(buckets.AttemptAcquire("a").IsAcquired);
        Assert.True(buckets.AttemptAcquire("a").IsAcquired);
        Assert.False(buckets.AttemptAcquire("a").IsAcquired);
        Assert.True(buckets.AttemptAcquire("b").IsAcquired);

        // The partitioned limiter's own timer refills every bucket (about every 100 ms); none refills itself. How much it
        // has put back by the time the loop looks depends on how late the loop wakes, so only that it refilled is asserted.
        var waited = TimeSpan.Zero;
        while (buckets.GetStatistics("a")?.CurrentAvailablePermits == 0 && waited < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
            waited += TimeSpan.FromMilliseconds(50);
        }

        Assert.True(buckets.AttemptAcquire("a").IsAcquired);
    }
}
