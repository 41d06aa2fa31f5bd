using Mediator;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.RecordReview;

internal sealed class RecordReviewCommandHandler(IReviewRepository reviews, ISender sender, TimeProvider clock) : ICommandHandler<RecordReviewCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordReviewCommand command, CancellationToken cancellationToken)
    {
        await sender.EnsureServiceAreaKnownAsync(command, kept: null, cancellationToken);
        var details = ReviewValidator.ToDetails(command);
        var review = Review.Record(details, command.Facts, partnerId: null, meetingId: null, clock.GetUtcNow(), await reviews.LookedAfterReviewRecordedAsync(details.ChildReference, details.HeldOn, except: null, cancellationToken));
        reviews.Add(review);
        return review.Id.Value;
    }
}
