using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>Only families drawn in the quarterly sample, whose follow-up is still open, are called (docs/domain/closed-case-follow-up.md#quarterly-sample).</summary>
internal sealed class CallOnlyFamiliesOnTheCallListRule(bool onTheList) : IBusinessRule
{
    public string Code => "closed-cases.not-on-call-list";

    public string Message => "This closure is not on the call list: it was not drawn in a telephone sample, or its follow-up has ended.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => !onTheList;
}
