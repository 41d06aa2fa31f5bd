using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.RequestReviewPanel;

internal sealed class RequestReviewPanelCommandValidator : AbstractValidator<RequestReviewPanelCommand>
{
    public RequestReviewPanelCommandValidator()
    {
        RuleFor(command => command.Members).NotNull().HoldsAtMost(3);
        RuleForEach(command => command.Members).NotEmpty().MaximumLength(TextLengths.Name);
    }
}
