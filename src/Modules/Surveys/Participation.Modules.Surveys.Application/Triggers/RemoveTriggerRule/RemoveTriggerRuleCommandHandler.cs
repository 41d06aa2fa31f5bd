using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers.RemoveTriggerRule;

internal sealed class RemoveTriggerRuleCommandHandler(ITriggerRuleRepository rules) : ICommandHandler<RemoveTriggerRuleCommand>
{
    public async ValueTask<Unit> Handle(RemoveTriggerRuleCommand command, CancellationToken cancellationToken)
    {
        var rule = await rules.GetAsync(new TriggerRuleId(command.RuleId), cancellationToken);
        if (rule is null || rule.SurveyId.Value != command.SurveyId)
        {
            throw new NotFoundException("Trigger rule", command.RuleId);
        }

        rules.Remove(rule);
        return Unit.Value;
    }
}
