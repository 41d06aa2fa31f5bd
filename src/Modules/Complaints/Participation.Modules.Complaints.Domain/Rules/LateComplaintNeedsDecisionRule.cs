using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Regulation 9, 2006 regulations: a complaint is made within 12 months of its grounds; a later one only by a recorded decision of the authority, with its reason.</summary>
internal sealed class LateComplaintNeedsDecisionRule(DateOnly? groundsOn, DateOnly receivedOn, string? lateAcceptanceReason) : IBusinessRule
{
    public string Code => "complaints.late-without-decision";

    public string Message => "The grounds are more than 12 months before receipt: record the decision to accept the complaint late, and why.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => groundsOn is { } grounds && grounds.AddMonths(Complaints.Timescales.ComplaintTimeLimitMonths) < receivedOn && string.IsNullOrWhiteSpace(lateAcceptanceReason);
}
