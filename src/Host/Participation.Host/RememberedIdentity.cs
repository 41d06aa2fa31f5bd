using System.Security.Claims;

namespace Participation.Host;

/// <summary>
/// A remembered token's identity (<see cref="ValidatedBearerTokens"/>), shared by every request that sends the token.
/// It reads its claims as token validation's own identity does (claim types and values compared exactly, as the token
/// spells them) but without building a predicate and closure for each lookup: every role a policy admits is one lookup
/// per request. Being shared, it refuses to change.
/// </summary>
internal sealed class RememberedIdentity : ClaimsIdentity
{
    private readonly Claim[] _claims;

    public RememberedIdentity(ClaimsIdentity validated)
        : base((validated ?? throw new ArgumentNullException(nameof(validated))).Claims, validated.AuthenticationType, validated.NameClaimType, validated.RoleClaimType)
    {
        _claims = [.. base.Claims];
    }

    public override Claim? FindFirst(string type)
    {
        foreach (var claim in _claims)
        {
            if (string.Equals(claim.Type, type, StringComparison.Ordinal))
            {
                return claim;
            }
        }

        return null;
    }

    public override bool HasClaim(string type, string value)
    {
        foreach (var claim in _claims)
        {
            if (string.Equals(claim.Type, type, StringComparison.Ordinal) && string.Equals(claim.Value, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public override IEnumerable<Claim> FindAll(string type) =>
        _claims.Where(claim => string.Equals(claim.Type, type, StringComparison.Ordinal));

    public override void AddClaim(Claim claim) => throw Shared();

    public override void AddClaims(IEnumerable<Claim?> claims) => throw Shared();

    public override void RemoveClaim(Claim? claim) => throw Shared();

    public override bool TryRemoveClaim(Claim? claim) => throw Shared();

    private static NotSupportedException Shared() =>
        new("A remembered token's identity is shared by the requests that send the token, so it cannot change.");
}
