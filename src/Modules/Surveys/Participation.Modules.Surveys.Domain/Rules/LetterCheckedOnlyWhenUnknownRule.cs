using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>Officers check a letter only where the letters run could not know whether it went (docs/domain/closed-case-follow-up.md#letter).</summary>
internal sealed class LetterCheckedOnlyWhenUnknownRule(LetterStatus status) : IBusinessRule
{
    public string Code => "closed-cases.letter-status-known";

    public string Message => $"This closure's letter is {Describe(status)}: only a letter whose status is unknown is checked by hand.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => status != LetterStatus.StatusUnknown;

    private static string Describe(LetterStatus value) => value switch
    {
        LetterStatus.Waiting => "waiting to be written",
        LetterStatus.Sending => "being sent",
        LetterStatus.Sent => "sent",
        LetterStatus.InPrintBatch => "in a print batch",
        LetterStatus.Printed => "printed",
        _ => "not written",
    };
}
