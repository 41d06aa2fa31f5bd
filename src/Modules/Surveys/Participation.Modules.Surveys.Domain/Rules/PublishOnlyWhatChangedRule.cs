using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A new version is published only when the draft differs from the latest published one.</summary>
internal sealed class PublishOnlyWhatChangedRule(bool draftDiffersFromLatest) : IBusinessRule
{
    public string Code => "surveys.nothing-to-publish";

    public string Message => "The draft is the same as the latest published version: there is nothing new to publish.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => !draftDiffersFromLatest;
}
