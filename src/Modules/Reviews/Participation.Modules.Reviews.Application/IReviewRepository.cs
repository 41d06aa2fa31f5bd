using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application;

/// <summary>Review meetings.</summary>
public interface IReviewRepository : IRepository<Review, ReviewId>
{
    /// <summary>The review a partner posted under its own meeting id, tracked, or null.</summary>
    Task<Review?> GetForPartnerAsync(Guid partnerId, string meetingId, CancellationToken cancellationToken);

    /// <summary>Whether a looked-after review of the child on the day is recorded, other than <paramref name="except"/>.</summary>
    Task<bool> LookedAfterReviewRecordedAsync(string childReference, DateOnly heldOn, ReviewId? except, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> reviews in id order after <paramref name="after"/>, of one kind or all.</summary>
    Task<IReadOnlyList<Review>> ListAsync(ReviewKind? kind, ReviewId? after, int take, CancellationToken cancellationToken);

    /// <summary>Every review held in the period, untracked.</summary>
    Task<IReadOnlyList<Review>> HeldAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
