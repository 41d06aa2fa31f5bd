using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>Once the response is reported back the loop is closed: the record stands as the forum heard it.</summary>
internal sealed class ClosedItemCannotChangeRule(DateOnly? reportedBackOn) : IBusinessRule
{
    public string Code => "forums.items.closed";

    public string Message => $"The item's response was reported back on {reportedBackOn:yyyy-MM-dd}; the loop is closed.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => reportedBackOn is not null;
}
