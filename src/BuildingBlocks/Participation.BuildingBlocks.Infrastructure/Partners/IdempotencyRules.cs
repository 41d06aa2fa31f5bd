using Participation.BuildingBlocks.Domain;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>IETF draft "The Idempotency-Key HTTP Header Field": a key reused with a different body is 422.</summary>
internal sealed class IdempotencyKeyReusedRule(bool sameBody) : IBusinessRule
{
    public string Code => "idempotency.key-reused";

    public string Message => "This Idempotency-Key was used with a different request body.";

    public bool IsBroken() => !sameBody;
}

/// <summary>IETF draft: a retry while the first request is still being processed is 409.</summary>
internal sealed class IdempotentRequestInFlightRule(bool inFlight) : IBusinessRule
{
    public string Code => "idempotency.in-flight";

    public string Message => "A request with this Idempotency-Key is still being processed; retry shortly.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => inFlight;
}
