using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews.ListReviews;

/// <summary>Reviews in the order recorded, a page at a time, of one kind or all.</summary>
public sealed record ListReviewsQuery(ReviewKind? Kind, int PageSize, string? Cursor) : IQuery<Page<ReviewResponse>>;
