using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers.AddTriggerRule;

internal sealed class AddTriggerRuleCommandHandler(ISurveyRepository surveys, ITriggerRuleRepository rules, TimeProvider clock)
    : ICommandHandler<AddTriggerRuleCommand, TriggerRuleResponse>
{
    public async ValueTask<TriggerRuleResponse> Handle(AddTriggerRuleCommand command, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(command.SurveyId), cancellationToken);
        var rule = TriggerRule.Create(survey, command.Event, command.Timing, command.LinkLifetimeDays, [.. (command.Wordings ?? []).Select(Trimmed)], clock.GetUtcNow());
        rules.Add(rule);
        return TriggerRuleResponse.From(rule);
    }

    private static WordingChoice Trimmed(WordingChoice wording) => wording with { Variant = wording.Variant.Trim() };
}
