using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>A complaint is recorded once it has been received.</summary>
internal sealed class ReceiptNotInFutureRule(DateOnly receivedOn, DateOnly today) : IBusinessRule
{
    public string Code => "complaints.received-in-future";

    public string Message => "The complaint cannot have been received in the future.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => receivedOn > today;
}
