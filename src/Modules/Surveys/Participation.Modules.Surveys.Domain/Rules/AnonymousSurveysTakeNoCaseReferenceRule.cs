using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>An anonymous survey's links never name a case: the answer could be traced through them (docs/domain/data-protection-and-retention.md#minimisation).</summary>
internal sealed class AnonymousSurveysTakeNoCaseReferenceRule(bool anonymous, string? caseReference) : IBusinessRule
{
    public string Code => "surveys.anonymous-case-reference";

    public string Message => "An anonymous survey's links cannot name a case reference.";

    public bool IsBroken() => anonymous && caseReference is not null;
}
