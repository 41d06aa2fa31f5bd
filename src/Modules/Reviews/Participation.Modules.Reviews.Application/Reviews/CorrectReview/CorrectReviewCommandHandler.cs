using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.CorrectReview;

internal sealed class CorrectReviewCommandHandler(IReviewRepository reviews, ISender sender, TimeProvider clock) : ICommandHandler<CorrectReviewCommand>
{
    public async ValueTask<Unit> Handle(CorrectReviewCommand command, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadAsync(new ReviewId(command.Id), command.ExpectedVersion, cancellationToken);
        await sender.EnsureServiceAreaKnownAsync(command, cancellationToken);
        review.Correct(ReviewValidator.ToDetails(command), command.Facts, clock.GetUtcNow());
        return Unit.Value;
    }
}
