using Mediator;
using Participation.BuildingBlocks.Application.Errors;

namespace Participation.Modules.Reviews.Application.Reviews.GetPartnerReview;

internal sealed class GetPartnerReviewQueryHandler(IReviewRepository reviews) : IQueryHandler<GetPartnerReviewQuery, ReviewResponse>
{
    public async ValueTask<ReviewResponse> Handle(GetPartnerReviewQuery query, CancellationToken cancellationToken) =>
        await reviews.GetForPartnerAsync(query.PartnerId, query.MeetingId, cancellationToken) is { } review
            ? ReviewResponse.From(review)
            : throw new NotFoundException("review", query.MeetingId);
}
