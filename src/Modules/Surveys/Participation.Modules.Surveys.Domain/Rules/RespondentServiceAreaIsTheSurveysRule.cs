using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>Answers are counted under one of the survey's own service areas, named when it has several.</summary>
internal sealed class RespondentServiceAreaIsTheSurveysRule(IReadOnlyList<string> serviceAreas, string? serviceArea) : IBusinessRule
{
    public string Code => "surveys.respondent-service-area";

    public string Message => $"serviceArea must be one of the survey's service areas ({string.Join(", ", serviceAreas)}); name it when the survey has more than one.";

    public bool IsBroken() => serviceArea is null || !serviceAreas.Contains(serviceArea);
}
