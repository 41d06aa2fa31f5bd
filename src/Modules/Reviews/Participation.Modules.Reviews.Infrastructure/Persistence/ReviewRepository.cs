using Microsoft.EntityFrameworkCore;
using Participation.Modules.Reviews.Application;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Infrastructure.Persistence;

internal sealed class ReviewRepository(ReviewsDbContext context) : IReviewRepository
{
    public Task<Review?> GetAsync(ReviewId id, CancellationToken cancellationToken) =>
        context.Reviews.SingleOrDefaultAsync(review => review.Id == id, cancellationToken);

    public void Add(Review aggregate) => context.Reviews.Add(aggregate);

    public Task<Review?> GetForPartnerAsync(Guid partnerId, string meetingId, CancellationToken cancellationToken) =>
        context.Reviews.SingleOrDefaultAsync(review => review.PartnerId == partnerId && review.MeetingId == meetingId, cancellationToken);

    public Task<bool> LookedAfterReviewRecordedAsync(string childReference, DateOnly heldOn, ReviewId? except, CancellationToken cancellationToken) =>
        context.Reviews.AnyAsync(
            review => review.Kind == ReviewKind.LookedAfterReview && review.ChildReference == childReference && review.HeldOn == heldOn && (except == null || review.Id != except),
            cancellationToken);

    public async Task<IReadOnlyList<Review>> ListAsync(ReviewKind? kind, ReviewId? after, int take, CancellationToken cancellationToken)
    {
        var reviews = context.Reviews.AsNoTracking();
        if (kind is { } only)
        {
            reviews = reviews.Where(review => review.Kind == only);
        }

        if (after is { } last)
        {
            reviews = reviews.Where(review => review.Id > last);
        }

        return await reviews.OrderBy(review => review.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Review>> HeldAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await context.Reviews.AsNoTracking().Where(review => review.HeldOn >= from && review.HeldOn <= to).ToListAsync(cancellationToken);
}
