using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Participation.Host;

namespace Participation.IntegrationTests.Platform;

public sealed class ValidatedBearerTokensTests
{
    private static readonly SymmetricSecurityKey Key = new(RandomNumberGenerator.GetBytes(32));

    private readonly MovableClock clock = new(DateTimeOffset.UtcNow);
    private readonly CountingValidation validation = new();
    private readonly TokenValidationParameters parameters;
    private readonly ValidatedBearerTokens tokens;

    public ValidatedBearerTokensTests()
    {
        parameters = new TokenValidationParameters
        {
            ValidIssuer = "tests",
            ValidAudience = "api",
            IssuerSigningKey = Key,
            ClockSkew = TimeSpan.Zero,
            RoleClaimType = "role",
            // Validation's own lifetime check on the test's clock too.
            LifetimeValidator = (_, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime,
        };
        tokens = new ValidatedBearerTokens(validation, new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }), clock);
    }

    [Fact]
    public async Task A_token_that_passed_is_not_validated_again()
    {
        var token = Token(DateTime.UtcNow.AddHours(1));

        var first = await tokens.ValidateTokenAsync(token, parameters);
        var second = await tokens.ValidateTokenAsync(token, parameters);

        Assert.True(first.IsValid);
        Assert.Same(first, second);
        Assert.Equal(1, validation.Calls);
    }

    [Fact]
    public async Task A_refused_token_is_checked_every_time_and_never_accepted()
    {
        var token = Token(DateTime.UtcNow.AddHours(1));
        var tampered = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");

        Assert.False((await tokens.ValidateTokenAsync(tampered, parameters)).IsValid);
        Assert.False((await tokens.ValidateTokenAsync(tampered, parameters)).IsValid);
        Assert.Equal(2, validation.Calls);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_expires()
    {
        var token = Token(DateTime.UtcNow.AddSeconds(2));
        Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);

        clock.Advance(TimeSpan.FromSeconds(2.5));

        Assert.False((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
        Assert.Equal(2, validation.Calls);
    }

    [Fact]
    public async Task A_remembered_identity_reads_claims_exactly_as_the_token_spells_them_and_cannot_change()
    {
        var identity = (await tokens.ValidateTokenAsync(Token(DateTime.UtcNow.AddHours(1)), parameters)).ClaimsIdentity;
        var user = new ClaimsPrincipal(identity);

        Assert.Equal("someone", identity.FindFirst("sub")?.Value);
        Assert.Null(identity.FindFirst("SUB"));
        Assert.True(user.IsInRole("complaints-officer"));
        Assert.False(user.IsInRole("Complaints-Officer"));
        Assert.False(user.IsInRole("administrator"));
        Assert.Equal(["complaints-officer", "manager"], identity.FindAll(identity.RoleClaimType).Select(claim => claim.Value).Order());
        Assert.Throws<NotSupportedException>(() => identity.AddClaim(new Claim(identity.RoleClaimType, "administrator")));
        Assert.Throws<NotSupportedException>(() => identity.RemoveClaim(identity.FindFirst("sub")));
        Assert.False(user.IsInRole("administrator"));
    }

    private static string Token(DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "tests",
            Audience = "api",
            Subject = new ClaimsIdentity([new Claim("sub", "someone"), new Claim("role", "complaints-officer"), new Claim("role", "manager")]),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public void Advance(TimeSpan by) => now += by;

        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class CountingValidation : JsonWebTokenHandler
    {
        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            return base.ValidateTokenAsync(token, validationParameters);
        }
    }
}
