using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.ListReviews;

internal sealed class ListReviewsQueryHandler(IReviewRepository reviews) : IQueryHandler<ListReviewsQuery, Page<ReviewResponse>>
{
    public async ValueTask<Page<ReviewResponse>> Handle(ListReviewsQuery query, CancellationToken cancellationToken)
    {
        var after = Paging.DecodeId(query.Cursor) is { } id ? new ReviewId(id) : (ReviewId?)null;
        var rows = await reviews.ListAsync(query.Kind, after, query.PageSize + 1, cancellationToken);
        return Paging.ToPage([.. rows.Select(ReviewResponse.From)], query.PageSize, review => review.Id.ToString());
    }
}
