using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>
/// A family is written to at most once per closure; a letter whose fate is unknown may be resent by hand once, and a
/// resend whose fate is unknown again is not resent (docs/domain/closed-case-follow-up.md#contact-rules).
/// </summary>
internal sealed class ResendAtMostOnceRule(bool alreadyResent) : IBusinessRule
{
    public string Code => "closed-cases.already-resent";

    public string Message => "This letter was already resent once by hand; it is not sent again. Confirm it arrived instead.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => alreadyResent;
}
