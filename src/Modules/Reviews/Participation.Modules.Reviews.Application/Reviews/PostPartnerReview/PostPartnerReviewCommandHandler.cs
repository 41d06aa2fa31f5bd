using Mediator;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.PostPartnerReview;

internal sealed class PostPartnerReviewCommandHandler(IReviewRepository reviews, ISender sender, TimeProvider clock) : ICommandHandler<PostPartnerReviewCommand, PartnerReviewReceipt>
{
    public async ValueTask<PartnerReviewReceipt> Handle(PostPartnerReviewCommand command, CancellationToken cancellationToken)
    {
        var known = await reviews.GetForPartnerAsync(command.PartnerId, command.MeetingId, cancellationToken);
        await sender.EnsureServiceAreaKnownAsync(command, kept: known?.ServiceArea, cancellationToken);
        var details = ReviewValidator.ToDetails(command);
        var now = clock.GetUtcNow();
        if (known is not null)
        {
            known.Correct(details, command.Facts, now, await reviews.LookedAfterReviewRecordedAsync(details.ChildReference, details.HeldOn, known.Id, cancellationToken));
            return new PartnerReviewReceipt(known.Id.Value, Created: false);
        }

        var review = Review.Record(details, command.Facts, command.PartnerId, command.MeetingId, now, await reviews.LookedAfterReviewRecordedAsync(details.ChildReference, details.HeldOn, except: null, cancellationToken));
        reviews.Add(review);
        return new PartnerReviewReceipt(review.Id.Value, Created: true);
    }
}
