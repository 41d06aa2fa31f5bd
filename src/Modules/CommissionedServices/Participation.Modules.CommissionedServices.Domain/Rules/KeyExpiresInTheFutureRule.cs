using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A key issued already expired would be shown once and never work.</summary>
internal sealed class KeyExpiresInTheFutureRule(DateTimeOffset? expiresOn, DateTimeOffset now) : IBusinessRule
{
    public string Code => "commissioned-services.key-expiry-in-past";

    public string Message => "The key's expiry must be in the future.";

    public bool IsBroken() => expiresOn <= now;
}
