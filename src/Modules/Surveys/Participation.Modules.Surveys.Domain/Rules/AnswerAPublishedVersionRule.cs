using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>Answers name a version the survey has published: the wording they answered must exist (docs/domain/surveys.md#versions).</summary>
internal sealed class AnswerAPublishedVersionRule(Survey survey, int version) : IBusinessRule
{
    public string Code => "surveys.unknown-version";

    public string Message => $"The survey has no published version {version}.";

    public bool IsBroken() => survey.Published(version) is null;
}
