using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Infrastructure.Http;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>
/// What any module's partner routes opt into: a partner key (optionally with a scope), the partner's shared rate
/// limit, an <c>Idempotency-Key</c>, and a declared body limit.
/// </summary>
public static class PartnerRoutes
{
    /// <summary>Policy: any valid partner key.</summary>
    public const string AnyPartnerPolicy = "partner";

    /// <summary>The policy name of a scope: <c>feedback:write</c> is <c>partner-feedback-write</c>.</summary>
    public static string ScopePolicy(string scope) => $"partner-{scope?.Replace(':', '-')}";

    /// <summary>Every route of the group needs a partner key and counts against the partner's rate limit (429 with <c>Retry-After</c> past it).</summary>
    public static RouteGroupBuilder RequirePartner(this RouteGroupBuilder group) =>
        group.RequireAuthorization(AnyPartnerPolicy)
            .WithMetadata(PartnerRateLimitMetadata.Instance)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>The route needs a partner key with <paramref name="scope"/> (one of <see cref="PartnerScopes.All"/>).</summary>
    public static TBuilder RequirePartnerScope<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder
    {
        if (!PartnerScopes.All.Contains(scope))
        {
            throw new ArgumentException($"'{scope}' is not one of the partner scopes.", nameof(scope));
        }

        return builder.RequireAuthorization(ScopePolicy(scope));
    }

    /// <summary>
    /// The route honours an <c>Idempotency-Key</c> (required or not): a retry replays the first response, another
    /// body under the same key is 422, a retry while the first runs is 409.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder, bool required) =>
        builder.WithMetadata(new IdempotencyKeyMetadata(required))
            .AddEndpointFilter(new IdempotencyFilter(required))
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    internal static AuthorizationBuilder AddPartnerPolicies(this AuthorizationBuilder authorization)
    {
        authorization.AddPolicy(AnyPartnerPolicy, policy => policy.AddAuthenticationSchemes(PartnerAuthentication.Scheme).RequireClaim(PartnerAuthentication.PartnerClaim));
        foreach (var scope in PartnerScopes.All)
        {
            authorization.AddPolicy(ScopePolicy(scope), policy => policy.AddAuthenticationSchemes(PartnerAuthentication.Scheme).RequireClaim(PartnerAuthentication.ScopeClaim, scope));
        }

        return authorization;
    }
}
