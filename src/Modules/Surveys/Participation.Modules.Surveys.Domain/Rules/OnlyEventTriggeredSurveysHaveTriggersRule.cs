using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>Triggers belong to surveys whose purpose is to be sent when something happens.</summary>
internal sealed class OnlyEventTriggeredSurveysHaveTriggersRule(SurveyPurpose purpose) : IBusinessRule
{
    public string Code => "surveys.not-event-triggered";

    public string Message => "Only a survey whose purpose is event-triggered can have trigger rules.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => purpose != SurveyPurpose.EventTriggered;
}
