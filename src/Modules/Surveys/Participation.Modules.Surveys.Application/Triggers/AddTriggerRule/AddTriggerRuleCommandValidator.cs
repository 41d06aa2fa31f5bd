using FluentValidation;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers.AddTriggerRule;

internal sealed class AddTriggerRuleCommandValidator : AbstractValidator<AddTriggerRuleCommand>
{
    public AddTriggerRuleCommandValidator()
    {
        RuleFor(command => command.Event).IsInEnum();
        RuleFor(command => command.Timing).NotNull();
        RuleFor(command => command.Timing.Unit).IsInEnum().When(command => command.Timing is not null).OverridePropertyName("timing.unit");
        RuleFor(command => command.Timing.Direction).IsInEnum().When(command => command.Timing is not null).OverridePropertyName("timing.direction");
        RuleFor(command => command.Timing.Amount)
            .Must((command, amount) => amount >= 0 && amount <= TriggerTiming.MaxAmount(command.Timing.Unit))
            .When(command => command.Timing is not null)
            .OverridePropertyName("timing.amount")
            .WithMessage(command => $"timing.amount must be 0 to {TriggerTiming.MaxAmount(command.Timing.Unit)} for {command.Timing.Unit}.");
        RuleFor(command => command.LinkLifetimeDays).InclusiveBetween(1, TriggerRule.MaxLinkLifetimeDays);
    }
}
