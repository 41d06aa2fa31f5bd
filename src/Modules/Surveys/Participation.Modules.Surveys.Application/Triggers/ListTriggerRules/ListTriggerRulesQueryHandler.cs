using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Triggers.ListTriggerRules;

internal sealed class ListTriggerRulesQueryHandler(ISurveyRepository surveys, ITriggerRuleRepository rules) : IQueryHandler<ListTriggerRulesQuery, IReadOnlyList<TriggerRuleResponse>>
{
    public async ValueTask<IReadOnlyList<TriggerRuleResponse>> Handle(ListTriggerRulesQuery query, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(query.SurveyId), cancellationToken);
        return [.. (await rules.ForSurveyAsync(survey.Id, cancellationToken)).Select(TriggerRuleResponse.From)];
    }
}
