using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A survey cannot close before it opens.</summary>
internal sealed class SurveyClosesAfterItOpensRule(DateOnly opensOn, DateOnly? closesOn) : IBusinessRule
{
    public string Code => "surveys.closes-before-it-opens";

    public string Message => "The survey's close date is before its open date.";

    public bool IsBroken() => closesOn < opensOn;
}
