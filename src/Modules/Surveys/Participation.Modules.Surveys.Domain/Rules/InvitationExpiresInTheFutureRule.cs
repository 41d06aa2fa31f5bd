using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A link that has already expired would never open.</summary>
internal sealed class InvitationExpiresInTheFutureRule(DateTimeOffset expiresAt, DateTimeOffset now) : IBusinessRule
{
    public string Code => "surveys.expiry-passed";

    public string Message => "The link's expiry has already passed.";

    public bool IsBroken() => expiresAt <= now;
}
