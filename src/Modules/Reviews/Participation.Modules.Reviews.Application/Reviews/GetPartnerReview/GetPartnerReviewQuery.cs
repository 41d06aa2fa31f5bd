using Mediator;

namespace Participation.Modules.Reviews.Application.Reviews.GetPartnerReview;

/// <summary>One of the partner's own reviews, by its meeting id; another partner's is not found.</summary>
public sealed record GetPartnerReviewQuery(Guid PartnerId, string MeetingId) : IQuery<ReviewResponse>;
