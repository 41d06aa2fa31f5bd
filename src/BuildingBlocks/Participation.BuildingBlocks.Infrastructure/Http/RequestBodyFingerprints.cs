using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Where <see cref="RequestBodyFingerprint"/>s are taken.</summary>
public static class RequestBodyFingerprints
{
    /// <summary>
    /// Adds the fingerprint to requests that carry an <c>Idempotency-Key</c> for an endpoint that honours one
    /// (<see cref="IdempotencyKeyMetadata"/>); place it after routing so the endpoint is known.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyFingerprints(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IdempotencyKeyMetadata>() is not null
                && context.Request.Headers.ContainsKey(IdempotencyKeyMetadata.Header))
            {
                RequestBodyFingerprint.Attach(context);
            }

            return next(context);
        });
}
