namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Endpoint metadata: the route honours an <c>Idempotency-Key</c> header, and whether it requires one (for the OpenAPI document).</summary>
/// <param name="Required">Whether a request without the header is refused.</param>
public sealed record IdempotencyKeyMetadata(bool Required)
{
    /// <summary>The header's name (IETF draft "The Idempotency-Key HTTP Header Field").</summary>
    public const string Header = "Idempotency-Key";
}
