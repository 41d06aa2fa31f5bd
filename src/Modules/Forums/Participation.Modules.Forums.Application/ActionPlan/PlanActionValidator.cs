using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.ActionPlan;

namespace Participation.Modules.Forums.Application.ActionPlan;

internal sealed class PlanActionValidator : AbstractValidator<IPlanActionCommand>
{
    public PlanActionValidator()
    {
        RuleFor(command => command.Action).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("action is required.").MaximumLength(TextLengths.Reason);
        RuleFor(command => command.How).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("how is required.").MaximumLength(TextLengths.Statement);
        RuleFor(command => command.Resources).MaximumLength(TextLengths.Reason);
        RuleFor(command => command.Owner).Must(owner => !string.IsNullOrWhiteSpace(owner)).WithMessage("owner is required.").MaximumLength(TextLengths.Name);
        RuleFor(command => command.Status).IsInEnum();
        RuleFor(command => command.Evidence).MaximumLength(TextLengths.Statement);
    }

    /// <summary>The row as the domain takes it, trimmed.</summary>
    public static PlanActionDetails ToDetails(IPlanActionCommand command) =>
        new(command.Action.Trim(), command.How.Trim(), command.Resources?.Trim(), command.Owner.Trim(), command.DueOn, command.Status, command.Evidence?.Trim());
}
