using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A link that is revoked, expired or (single-use) already answered takes nothing more.</summary>
internal sealed class LinkStillOpensRule(Invitation invitation, DateTimeOffset now) : IBusinessRule
{
    public string Code => "surveys.link-gone";

    public string Message => "This link has been used, has expired or has been withdrawn.";

    public RuleKind Kind => RuleKind.Gone;

    public bool IsBroken() => !invitation.IsOpen(now);
}
