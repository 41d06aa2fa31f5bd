using FluentValidation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Application.Items.RespondToItem;

internal sealed class RespondToItemCommandValidator : AbstractValidator<RespondToItemCommand>
{
    public RespondToItemCommandValidator()
    {
        RuleFor(command => command.WeDid).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("weDid is required.").MaximumLength(TextLengths.Statement);
        RuleFor(command => command.Outcome).IsInEnum();
    }
}
