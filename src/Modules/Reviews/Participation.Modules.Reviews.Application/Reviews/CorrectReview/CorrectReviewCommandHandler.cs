using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.CorrectReview;

internal sealed class CorrectReviewCommandHandler(IReviewRepository reviews, ISender sender, TimeProvider clock) : ICommandHandler<CorrectReviewCommand>
{
    public async ValueTask<Unit> Handle(CorrectReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadAsync(new ReviewId(command.Id), command.ExpectedVersion, cancellationToken);
        await sender.EnsureServiceAreaKnownAsync(command, kept: review.ServiceArea, cancellationToken);
        var details = ReviewValidator.ToDetails(command);
        review.Correct(details, command.Facts, clock.GetUtcNow(), await reviews.LookedAfterReviewRecordedAsync(details.ChildReference, details.HeldOn, review.Id, cancellationToken));
        return Unit.Value;
    }
}
