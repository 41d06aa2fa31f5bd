using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>
/// A family's feedback on a closure is counted once: an officer cannot record it again, nor after the family answered
/// through its letter's link or on a sample call (docs/domain/closed-case-follow-up.md#letter).
/// </summary>
internal sealed class FeedbackRecordedOnceRule(DateOnly? respondedOn) : IBusinessRule
{
    public string Code => "closed-cases.already-responded";

    public string Message => $"The family's feedback on this closure was already recorded on {respondedOn:yyyy-MM-dd}.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => respondedOn is not null;
}
