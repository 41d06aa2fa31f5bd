using FluentValidation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Application.Items.PublishItem;

internal sealed class PublishItemCommandValidator : AbstractValidator<PublishItemCommand>
{
    public PublishItemCommandValidator()
    {
        RuleFor(command => command.Said).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("said is required.").MaximumLength(TextLengths.Statement);
        RuleFor(command => command.Did).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("did is required.").MaximumLength(TextLengths.Statement);
    }
}
