using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A link anyone may answer any number of times cannot say who answered, so only anonymous surveys have them.</summary>
internal sealed class OpenLinksOnlyForAnonymousSurveysRule(InvitationKind kind, bool anonymous) : IBusinessRule
{
    public string Code => "surveys.open-link-identified";

    public string Message => "Open links are for anonymous surveys only; an identified survey's links are single-use.";

    public bool IsBroken() => kind == InvitationKind.Open && !anonymous;
}
