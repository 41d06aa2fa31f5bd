using FluentValidation;

namespace Participation.Modules.Reviews.Application.Reviews.RecordReview;

internal sealed class RecordReviewCommandValidator : AbstractValidator<RecordReviewCommand>
{
    public RecordReviewCommandValidator() => Include(new ReviewValidator());
}
