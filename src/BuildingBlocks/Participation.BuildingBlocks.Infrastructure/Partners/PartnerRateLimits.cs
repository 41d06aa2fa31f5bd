using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Http;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>Endpoint metadata: requests to this route count against the calling partner's rate limit.</summary>
public sealed class PartnerRateLimitMetadata
{
    internal static PartnerRateLimitMetadata Instance { get; } = new();
}

/// <summary>Each partner's token bucket, configured under <c>RateLimiting:Partner</c>.</summary>
public sealed class PartnerRateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimiting:Partner";

    /// <summary>Tokens added every <see cref="RefillSeconds"/>.</summary>
    public double PermitsPerSecond { get; set; } = 20;

    /// <summary>The most tokens a bucket holds: the largest burst a partner may send at once.</summary>
    public double Burst { get; set; } = 100;

    /// <summary>The period over which <see cref="PermitsPerSecond"/> tokens are added.</summary>
    public double RefillSeconds { get; set; } = 1;

    internal double TokensPerSecond => PermitsPerSecond / RefillSeconds;
}

/// <summary>
/// One token bucket per partner, kept in PostgreSQL so that every instance of the API draws on the same budget:
/// N replicas grant a partner what one would. A request takes a token in one statement that refills the bucket for
/// the time elapsed (by the database's clock, the one clock all instances share) and takes a token only when there is
/// a whole one; the row lock serialises a partner's concurrent requests, and one partner's burst never touches
/// another's row. Past the budget: 429 with <c>Retry-After</c>.
/// An instance takes a tenth of the burst at a time (<see cref="TokensPerDraw"/>) and grants them from memory for up to
/// one refill period, so a partner's steady traffic costs one row update per draw, not one per request (one update
/// per request serialised every request of a busy partner on the row lock). Tokens are still granted once only: an
/// instance can only grant what it took from the shared row; what it holds unused when the period ends is dropped.
/// </summary>
internal sealed class PartnerRateLimiter(NpgsqlDataSource dataSource, IOptions<PartnerRateLimitOptions> options) : IDisposable
{
    // A partner over budget as seen from this instance alone is refused without asking the database, so a burst
    // costs no connection; only what this instance would grant is checked against the shared bucket.
    private readonly PartitionedRateLimiter<Guid> local = TokenBuckets.PerKey<Guid>(
        (int)Math.Ceiling(options.Value.Burst), (int)Math.Ceiling(options.Value.PermitsPerSecond), TimeSpan.FromSeconds(options.Value.RefillSeconds));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Allowance> allowances = new();

    private const string TakeTokens = """
        INSERT INTO partners.rate_limit_buckets AS bucket (partner_id, tokens, refilled_at)
        VALUES ($1, $2 - $4, clock_timestamp())
        ON CONFLICT (partner_id) DO UPDATE
        SET tokens = LEAST($2, bucket.tokens + EXTRACT(EPOCH FROM clock_timestamp() - bucket.refilled_at) * $3) - $4,
            refilled_at = clock_timestamp()
        WHERE LEAST($2, bucket.tokens + EXTRACT(EPOCH FROM clock_timestamp() - bucket.refilled_at) * $3) >= $4
        RETURNING tokens
        """;

    /// <summary>Tokens an instance takes from the shared bucket at a time: a tenth of the burst, at least one.</summary>
    public int TokensPerDraw => Math.Max(1, (int)Math.Floor(options.Value.Burst / 10));

    /// <summary>Seconds until the next token, as a client should wait before retrying.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(1 / options.Value.TokensPerSecond));

    /// <summary>The most a partner may send at once.</summary>
    public int Limit => (int)Math.Floor(options.Value.Burst);

    /// <summary>Seconds until a bucket holding <paramref name="remaining"/> tokens is full again.</summary>
    public int SecondsUntilFull(double remaining) => (int)Math.Ceiling(Math.Max(0, options.Value.Burst - remaining) / options.Value.TokensPerSecond);

    /// <summary>Takes a token from the partner's bucket: whether it was granted, and the whole tokens left.</summary>
    public async Task<(bool Granted, double Remaining)> TryTakeAsync(Guid partner, CancellationToken cancellationToken)
    {
        using (var lease = local.AttemptAcquire(partner))
        {
            if (!lease.IsAcquired)
            {
                return (false, 0);
            }
        }

        var allowance = allowances.GetOrAdd(partner, _ => new Allowance());
        if (allowance.TryGrant(Environment.TickCount64) is { } held)
        {
            return (true, held);
        }

        // One draw at a time per partner on this instance: requests arriving together wait for it and share what it
        // took, instead of each taking a whole draw and leaving the budget spent before it is used.
        await allowance.Drawing.WaitAsync(cancellationToken);
        try
        {
            if (allowance.TryGrant(Environment.TickCount64) is { } heldMeanwhile)
            {
                return (true, heldMeanwhile);
            }

            // Near the end of the budget a whole draw may not be left; then a single token may be.
            var draw = TokensPerDraw;
            if (await TakeFromSharedAsync(partner, draw, cancellationToken) is not { } remaining)
            {
                if (draw == 1 || await TakeFromSharedAsync(partner, 1, cancellationToken) is not { } last)
                {
                    return (false, 0);
                }

                (draw, remaining) = (1, last);
            }

            return (true, allowance.Keep(draw - 1, remaining, Environment.TickCount64, (long)(options.Value.RefillSeconds * 1000)));
        }
        finally
        {
            allowance.Drawing.Release();
        }
    }

    private async Task<double?> TakeFromSharedAsync(Guid partner, int tokens, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(TakeTokens);
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = partner });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = options.Value.Burst });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = options.Value.TokensPerSecond });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = tokens });
        return await command.ExecuteScalarAsync(cancellationToken) as double?;
    }

    public void Dispose() => local.Dispose();

    /// <summary>The tokens this instance took for a partner and has not granted yet, usable until they lapse.</summary>
    private sealed class Allowance
    {
        private readonly Lock gate = new();
        private int tokens;
        private double sharedRemaining;
        private long lapsesAt;

        /// <summary>Held while this instance draws from the shared bucket for the partner.</summary>
        public SemaphoreSlim Drawing { get; } = new(1, 1);

        /// <summary>Grants a held token: the tokens left (shared and held), or null when none is held.</summary>
        public double? TryGrant(long now)
        {
            lock (gate)
            {
                if (tokens == 0 || now >= lapsesAt)
                {
                    return null;
                }

                tokens--;
                return sharedRemaining + tokens;
            }
        }

        /// <summary>Holds <paramref name="extra"/> tokens just taken; the tokens left (shared and held).</summary>
        public double Keep(int extra, double remaining, long now, long lifetime)
        {
            lock (gate)
            {
                tokens = now < this.lapsesAt ? tokens + extra : extra;
                sharedRemaining = remaining;
                this.lapsesAt = now + lifetime;
                return sharedRemaining + tokens;
            }
        }
    }
}

/// <summary>Applies <see cref="PartnerRateLimiter"/> to routes marked with <see cref="PartnerRateLimitMetadata"/>.</summary>
public static class PartnerRateLimiting
{
    /// <summary>Place after authentication, so the partner is known, and before anything reads the body.</summary>
    public static IApplicationBuilder UsePartnerRateLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
            context.GetEndpoint()?.Metadata.GetMetadata<PartnerRateLimitMetadata>() is not null
            && context.User.FindFirst(PartnerAuthentication.PartnerClaim)?.Value is { } partner
                ? LimitAsync(context, next, Guid.Parse(partner, CultureInfo.InvariantCulture))
                : next(context));

    private static async Task LimitAsync(HttpContext context, RequestDelegate next, Guid partner)
    {
        var limiter = context.RequestServices.GetRequiredService<PartnerRateLimiter>();
        var (granted, remaining) = await limiter.TryTakeAsync(partner, context.RequestAborted);
        RateLimitResponses.SetHeaders(context.Response, limiter.Limit, (int)Math.Floor(remaining), limiter.SecondsUntilFull(remaining));
        if (!granted)
        {
            await RateLimitResponses.RefuseAsync(context, limiter.RetryAfterSeconds, "This partner's request rate is over its limit; retry after the time in Retry-After.");
            return;
        }

        await next(context);
    }
}
