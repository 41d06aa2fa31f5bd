using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.GetReview;

internal sealed class GetReviewQueryHandler(IReviewRepository reviews) : IQueryHandler<GetReviewQuery, Versioned<ReviewResponse>>
{
    public async ValueTask<Versioned<ReviewResponse>> Handle(GetReviewQuery query, CancellationToken cancellationToken)
    {
        var review = await reviews.LoadAsync(new ReviewId(query.Id), cancellationToken);
        return new Versioned<ReviewResponse>(ReviewResponse.From(review), review.Version);
    }
}
