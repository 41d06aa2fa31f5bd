using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Reviews.Contracts;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.PublishReviewParticipationRecorded;

/// <summary>Tells Reporting, through the outbox, in the transaction that records or corrects the facts.</summary>
internal sealed class PublishReviewParticipationRecordedHandler(IOutbox outbox) : INotificationHandler<ReviewRecordedDomainEvent>
{
    public ValueTask Handle(ReviewRecordedDomainEvent notification, CancellationToken cancellationToken)
    {
        var review = notification.Review;
        var facts = review.Facts;
        // In the room, or through an advocate who was; else by another medium, mostly a form; else they did not reach
        // the meeting, and no channel is true (docs/domain/participation-codes.md).
        Channel? channel = facts.Attended || facts.Views.Contains(ViewsRoute.BriefedAdvocate) ? Channel.FaceToFace
            : facts.Views.Contains(ViewsRoute.OtherMedium) ? Channel.PaperForm
            : null;
        outbox.Enqueue(new ReviewParticipationRecorded(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            review.Id.Value,
            KebabCodes<ReviewKind>.ToCode(review.Kind),
            review.HeldOn,
            review.ServiceArea,
            channel is { } reached ? KebabCodes<Channel>.ToCode(reached) : null,
            review.ParticipationCode,
            facts.FeltHelped switch
            {
                FeltHelped.Yes => 5,
                FeltHelped.Partly => 3,
                FeltHelped.No => 1,
                _ => null,
            }));
        return ValueTask.CompletedTask;
    }
}
