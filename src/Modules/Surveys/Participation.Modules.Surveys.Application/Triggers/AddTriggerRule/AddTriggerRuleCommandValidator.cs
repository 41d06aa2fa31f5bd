using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Application.Surveys;
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
        RuleFor(command => command.Wordings).Must(wordings => wordings is null || wordings.Count <= QuestionnaireDocument.MaxVariants)
            .WithMessage($"wordings may hold at most {QuestionnaireDocument.MaxVariants}, one for each variant.");
        RuleForEach(command => command.Wordings).NotNull().WithMessage("{PropertyName} must be an object, not null.").SetValidator(new WordingChoiceValidator());
    }
}

internal sealed class WordingChoiceValidator : AbstractValidator<WordingChoice>
{
    public WordingChoiceValidator()
    {
        RuleFor(wording => wording.Variant).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(wording => wording.FromAge).InclusiveBetween(0, WordingChoice.MaxAge);
        RuleFor(wording => wording.ToAge).InclusiveBetween(0, WordingChoice.MaxAge);
        RuleFor(wording => wording.ToAge).GreaterThanOrEqualTo(wording => wording.FromAge).When(wording => wording.FromAge is not null).WithMessage("toAge must not be below fromAge.");
        RuleFor(wording => wording.Language).IsLanguageCode();
    }
}
