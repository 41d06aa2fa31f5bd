using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>Answers are counted under one of the survey's own audiences, named when it has several.</summary>
internal sealed class RespondentAudienceIsTheSurveysRule(IReadOnlyList<Audience> audiences, Audience? audience) : IBusinessRule
{
    public string Code => "surveys.respondent-audience";

    public string Message => $"audience must be one of the survey's audiences ({string.Join(", ", audiences.Select(KebabCodes<Audience>.ToCode))}); name it when the survey has more than one.";

    public bool IsBroken() => audience is not { } given || !audiences.Contains(given);
}
