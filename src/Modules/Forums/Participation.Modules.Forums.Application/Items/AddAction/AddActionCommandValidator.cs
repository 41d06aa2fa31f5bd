using FluentValidation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Application.Items.AddAction;

internal sealed class AddActionCommandValidator : AbstractValidator<AddActionCommand>
{
    public AddActionCommandValidator()
    {
        RuleFor(command => command.Description).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("description is required.").MaximumLength(TextLengths.Reason);
        RuleFor(command => command.Owner).Must(owner => !string.IsNullOrWhiteSpace(owner)).WithMessage("owner is required.").MaximumLength(TextLengths.Name);
    }
}
