using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>A closed forum keeps its record as it was: no changes, members or meetings.</summary>
internal sealed class ClosedForumCannotChangeRule(DateOnly? closedOn) : IBusinessRule
{
    public string Code => "forums.forum-closed";

    public string Message => $"The forum was closed on {closedOn:yyyy-MM-dd}.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => closedOn is not null;
}
