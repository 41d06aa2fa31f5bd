using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Reviews.Application.Reviews.GetReview;

/// <summary>One review, versioned.</summary>
public sealed record GetReviewQuery(Guid Id) : IQuery<Versioned<ReviewResponse>>;
