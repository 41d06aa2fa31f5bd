using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>
/// The Ombudsman takes a complaint once the council has answered it (docs/domain/complaints.md#ombudsman); then enquiry,
/// decision and remedy follow in that order, each once.
/// </summary>
internal sealed class OmbudsmanStepInOrderRule(string step, bool inOrder) : IBusinessRule
{
    public string Code => "complaints.ombudsman-step-out-of-order";

    public string Message => $"The Ombudsman {step} cannot be recorded now: referral after a response, then enquiry, decision and remedy, each once.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => !inOrder;
}
