using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.CommissionedServices.Domain.Feedback;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Feedback;

/// <summary>Where accepted feedback is kept.</summary>
public interface IFeedbackStore
{
    /// <summary>
    /// Stores the items and their <c>FeedbackReceived</c> outbox rows in one transaction, skipping any whose
    /// (provider, external id) is already stored. Returns, per item, the stored id and whether it was a duplicate.
    /// </summary>
    Task<IReadOnlyList<AcceptedFeedbackItem>> AcceptAsync(IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken);

    /// <summary>The provider's own item, or null (another provider's item is as good as missing).</summary>
    Task<FeedbackItem?> GetAsync(ProviderId provider, Guid id, CancellationToken cancellationToken);

    /// <summary>The provider's own items in the order they were accepted, after its item <paramref name="afterItem"/>; null when that is not one of its items.</summary>
    Task<IReadOnlyList<FeedbackItem>?> ListAsync(ProviderId provider, Guid? afterItem, int take, CancellationToken cancellationToken);
}

/// <summary>What became of one posted item.</summary>
/// <param name="ExternalId">The partner's id for it.</param>
/// <param name="Id">Our id for it.</param>
/// <param name="Duplicate">True when it had been accepted before and nothing new was stored.</param>
public sealed record AcceptedFeedbackItem([property: MaxLength(TextLengths.ExternalId)] string ExternalId, Guid Id, bool Duplicate);
