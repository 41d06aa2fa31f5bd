using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>A complaint holds at most <see cref="ListLengths.Lessons"/> lessons, so that reading it stays bounded.</summary>
internal sealed class LessonsWithinLimitRule(int recorded) : IBusinessRule
{
    public string Code => "complaints.too-many-lessons";

    public string Message => $"A complaint records at most {ListLengths.Lessons} lessons.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => recorded >= ListLengths.Lessons;
}
