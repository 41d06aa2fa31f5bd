using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A link opens a published version: a survey with none cannot be answered yet.</summary>
internal sealed class InviteOnlyToAPublishedSurveyRule(int latestVersion) : IBusinessRule
{
    public string Code => "surveys.not-published";

    public string Message => "The survey has no published version yet: publish it before inviting anyone to answer.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => latestVersion == 0;
}
