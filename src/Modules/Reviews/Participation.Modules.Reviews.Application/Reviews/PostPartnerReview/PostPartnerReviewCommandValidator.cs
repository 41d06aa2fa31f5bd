using FluentValidation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Reviews.Application.Reviews.PostPartnerReview;

internal sealed class PostPartnerReviewCommandValidator : AbstractValidator<PostPartnerReviewCommand>
{
    public PostPartnerReviewCommandValidator()
    {
        RuleFor(command => command.MeetingId).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("meetingId is required.").MaximumLength(TextLengths.ExternalId);
        Include(new ReviewValidator());
    }
}
