using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A survey is answered between its open and close dates: after it closes the link is gone (410); before it opens, not yet (409).</summary>
internal sealed class SurveyTakesAnswersTodayRule(Questionnaire questionnaire, DateOnly today) : IBusinessRule
{
    public string Code => today < questionnaire.OpensOn ? "surveys.not-open-yet" : "surveys.closed";

    public string Message => today < questionnaire.OpensOn
        ? $"This survey opens on {questionnaire.OpensOn:yyyy-MM-dd}."
        : $"This survey closed on {questionnaire.ClosesOn:yyyy-MM-dd}.";

    public RuleKind Kind => today < questionnaire.OpensOn ? RuleKind.Conflict : RuleKind.Gone;

    public bool IsBroken() => today < questionnaire.OpensOn || today > questionnaire.ClosesOn;
}
