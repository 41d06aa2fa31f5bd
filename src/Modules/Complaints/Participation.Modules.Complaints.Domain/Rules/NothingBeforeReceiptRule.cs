using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Nothing happens to a complaint before it is received: offers, extensions and responses are dated on or after receipt.</summary>
internal sealed class NothingBeforeReceiptRule(string what, DateOnly on, DateOnly receivedOn) : IBusinessRule
{
    public string Code => "complaints.before-receipt";

    public string Message => $"The {what} cannot be dated before the complaint was received.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => on < receivedOn;
}
