using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>
/// A repeated event returns its links by deriving their tokens again; after the secret has changed they would not
/// open, so the repeat is refused rather than answered with dead links (ADR 18).
/// </summary>
internal sealed class LinksStillDerivableRule(bool derivable) : IBusinessRule
{
    public string Code => "surveys.trigger-link-key-changed";

    public string Message => "This event's links were made with an earlier Surveys:TriggerLinkKey and cannot be shown again; revoke them and post the event under a new eventId, or restore the earlier key.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => !derivable;
}
