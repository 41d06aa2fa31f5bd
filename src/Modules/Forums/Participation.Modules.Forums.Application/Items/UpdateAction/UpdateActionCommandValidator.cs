using FluentValidation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Application.Items.UpdateAction;

internal sealed class UpdateActionCommandValidator : AbstractValidator<UpdateActionCommand>
{
    public UpdateActionCommandValidator()
    {
        RuleFor(command => command.Owner).Must(owner => !string.IsNullOrWhiteSpace(owner)).WithMessage("owner is required.").MaximumLength(TextLengths.Name);
        RuleFor(command => command.Status).IsInEnum();
    }
}
