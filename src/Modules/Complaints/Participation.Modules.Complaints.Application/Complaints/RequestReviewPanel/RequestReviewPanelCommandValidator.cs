using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.RequestReviewPanel;

internal sealed class RequestReviewPanelCommandValidator : AbstractValidator<RequestReviewPanelCommand>
{
    public RequestReviewPanelCommandValidator()
    {
        RuleFor(command => command.Members).NotNull();
        RuleForEach(command => command.Members).NotEmpty().MaximumLength(TextLengths.Name);
    }
}
