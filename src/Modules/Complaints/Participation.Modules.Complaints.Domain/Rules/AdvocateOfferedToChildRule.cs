using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Children Act 1989 s.26A: every child who complains is offered an advocate; the offer is recorded before a response is issued.</summary>
internal sealed class AdvocateOfferedToChildRule(Complainant complainant, AdvocacyOffer? offer) : IBusinessRule
{
    public string Code => "complaints.advocacy-not-offered";

    public string Message => "A child complainant must be offered an advocate before the response is issued (Children Act 1989 s.26A).";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => complainant.IsChild && offer is null;
}
