using Mediator;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.RecordReview;

internal sealed class RecordReviewCommandHandler(IReviewRepository reviews, ISender sender, TimeProvider clock) : ICommandHandler<RecordReviewCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordReviewCommand command, CancellationToken cancellationToken)
    {
        await sender.EnsureServiceAreaKnownAsync(command, cancellationToken);
        var review = Review.Record(ReviewValidator.ToDetails(command), command.Facts, partnerId: null, meetingId: null, clock.GetUtcNow());
        reviews.Add(review);
        return review.Id.Value;
    }
}
