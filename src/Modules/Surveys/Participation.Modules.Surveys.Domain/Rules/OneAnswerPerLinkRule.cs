using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A single-use link takes one answer; the same answer again is a replay, a different one is refused.</summary>
internal sealed class OneAnswerPerLinkRule(bool answeredDifferently) : IBusinessRule
{
    public string Code => "surveys.link-answered";

    public string Message => "This link has already been used to answer the survey with different answers.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => answeredDifferently;
}
