using FluentValidation;

namespace Participation.Modules.Reviews.Application.Reviews.CorrectReview;

internal sealed class CorrectReviewCommandValidator : AbstractValidator<CorrectReviewCommand>
{
    public CorrectReviewCommandValidator() => Include(new ReviewValidator());
}
