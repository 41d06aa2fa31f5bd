using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Infrastructure.Http;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>
/// <c>Idempotency-Key</c> on partner POSTs (IETF draft "The Idempotency-Key HTTP Header Field"): the first request reserves the key for its
/// partner; a retry of the same request (method, path, query, and body byte for byte: <see cref="RequestBodyFingerprint"/>)
/// replays the stored response; the same key with another body or to another path is 422; a retry while the first still runs is 409. A reservation left by a
/// crash is taken over after <see cref="AbandonedAfter"/>, which is safe because the write itself is idempotent on
/// (partner, external id). The first response is sent exactly as it is recorded, so a replay repeats it byte for byte.
/// </summary>
internal sealed class IdempotencyFilter(bool required) : IEndpointFilter
{
    private const string Header = IdempotencyKeyMetadata.Header;
    public const int MaxKeyLength = 200;
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(15);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return required ? throw Invalid($"{Header} is required on this route.") : await next(context);
        }

        if (key.Length > MaxKeyLength)
        {
            throw Invalid($"{Header} is at most {MaxKeyLength} characters.");
        }

        var services = http.RequestServices;
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var database = services.GetRequiredService<PartnerPlatformDbContext>();
        // To the microsecond PostgreSQL keeps, so this run can tell its own reservation from a retry's takeover.
        var now = ToMicroseconds(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var partner = http.User.PartnerId();
        var hash = RequestFingerprint(http.Request, await http.Features.GetRequiredFeature<RequestBodyFingerprint>().ComputeAsync(http.RequestAborted));

        if (!await ReserveAsync(database, partner, key, hash, now, http.RequestAborted))
        {
            var replay = await database.IdempotencyRecords.AsNoTracking().SingleAsync(record => record.PartnerId == partner && record.Key == key, http.RequestAborted);
            BusinessRules.Check(new IdempotencyKeyReusedRule(replay.RequestHash.AsSpan().SequenceEqual(hash)));
            if (replay.StatusCode is { } status)
            {
                return Replay(http, status, replay.ResponseBody, replay.Location);
            }

            BusinessRules.Check(new IdempotentRequestInFlightRule(!await TakeOverAbandonedAsync(database, partner, key, now, http.RequestAborted)));
        }

        // The audit filter around every write has already made this one run to the end, whatever its client does, so
        // the answer it earns is kept for the retry.
        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            // Nothing was acknowledged: free the key so the client's retry runs afresh; but only this run's
            // reservation, not a retry's that took it over meanwhile (and may have answered).
            await database.IdempotencyRecords
                .Where(record => record.PartnerId == partner && record.Key == key && record.ReservedOn == now && record.StatusCode == null)
                .ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        return await CompleteAsync(http, database, new(partner, key, hash, now), result, json);
    }

    private static DateTimeOffset ToMicroseconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    /// <summary>
    /// The request as a whole: method, path with its route values, query and body. A key is the partner's, not the
    /// route's, so the same body sent with the same key to another record (another return's submission) is a reused
    /// key, never a replay of the first record's response.
    /// </summary>
    private static byte[] RequestFingerprint(HttpRequest request, byte[] body) =>
        SHA256.HashData([.. Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"), .. body]);

    private static async Task<bool> ReserveAsync(PartnerPlatformDbContext database, Guid partner, string key, byte[] hash, DateTimeOffset now, CancellationToken cancellationToken) =>
        await database.Database.ExecuteSqlAsync(
            $"INSERT INTO partners.idempotency_records (partner_id, key, request_hash, reserved_on) VALUES ({partner}, {key}, {hash}, {now}) ON CONFLICT DO NOTHING",
            cancellationToken) == 1;

    private static async Task<bool> TakeOverAbandonedAsync(PartnerPlatformDbContext database, Guid partner, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        await database.IdempotencyRecords
            .Where(record => record.PartnerId == partner && record.Key == key && record.StatusCode == null && record.ReservedOn < now - AbandonedAfter)
            .ExecuteUpdateAsync(set => set.SetProperty(record => record.ReservedOn, now), cancellationToken) == 1;

    /// <summary>
    /// Records the response for replay and sends exactly what was recorded: the body is serialised once. A run whose key
    /// was taken over (it outlived <see cref="AbandonedAfter"/>) and the retry that took it both finish; the first to
    /// record its answer keeps it, and the other replays it, so the client and every later retry get one answer. Only a
    /// record of this same request (its fingerprint) takes or gives an answer: were the key freed by a failed retry and
    /// reserved again for another body meanwhile, that request keeps its record to itself.
    /// </summary>
    private static async Task<IResult> CompleteAsync(HttpContext http, PartnerPlatformDbContext database, Reservation reserved, object? result, JsonSerializerOptions json)
    {
        var (partner, key, hash, now) = reserved;
        var (status, value, location) = EndpointOutcome.Of(result, http.Response);
        var body = value is null ? null : JsonSerializer.Serialize(value, value.GetType(), json);
        // The write has committed and the response is acknowledged; recording it must not be cancelled by a disconnect.
        var recorded = await database.IdempotencyRecords
            .Where(record => record.PartnerId == partner && record.Key == key && record.RequestHash == hash && record.StatusCode == null)
            .ExecuteUpdateAsync(
                set => set.SetProperty(record => record.StatusCode, status).SetProperty(record => record.ResponseBody, body).SetProperty(record => record.Location, location),
                CancellationToken.None);
        if (recorded == 1)
        {
            return Respond(http, status, body, location);
        }

        // The retry that took the key over answered first, or failed and freed the key: then this answer is kept.
        var kept = await database.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO partners.idempotency_records (partner_id, key, request_hash, reserved_on, status_code, response_body, location)
            VALUES ({partner}, {key}, {hash}, {now}, {status}, {body}, {location}) ON CONFLICT DO NOTHING
            """,
            CancellationToken.None);
        return kept == 0
            && await database.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(record => record.PartnerId == partner && record.Key == key && record.RequestHash == hash, CancellationToken.None) is { StatusCode: { } first } earlier
            ? Replay(http, first, earlier.ResponseBody, earlier.Location)
            : Respond(http, status, body, location);
    }

    /// <summary>A key reserved by this run: its partner, the key, the request's fingerprint and when it was reserved.</summary>
    private sealed record Reservation(Guid Partner, string Key, byte[] Hash, DateTimeOffset On);

    private static IResult Replay(HttpContext http, int status, string? body, string? location)
    {
        http.Response.Headers["Idempotent-Replayed"] = "true";
        return Respond(http, status, body, location);
    }

    private static IResult Respond(HttpContext http, int status, string? body, string? location)
    {
        if (location is not null)
        {
            http.Response.Headers.Location = location;
        }

        return body is null ? Results.StatusCode(status) : Results.Text(body, "application/json; charset=utf-8", statusCode: status);
    }

    private static ValidationException Invalid(string message) => new([new ValidationFailure(Header, message)]);
}
