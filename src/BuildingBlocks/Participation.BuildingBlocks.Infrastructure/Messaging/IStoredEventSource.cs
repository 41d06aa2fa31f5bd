using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Rebuilds integration events from the records they announce, for outbox rows that name the records instead of
/// carrying the events (ADR 10). The records are written in the same transaction as the row and never change, so
/// the events rebuilt at delivery are the ones that would have been written, and each keeps the record's id.
/// </summary>
public interface IStoredEventSource
{
    /// <summary>The integration event this source rebuilds.</summary>
    Type EventType { get; }

    /// <summary>The events announcing the records, read in the processor's transaction.</summary>
    Task<IReadOnlyList<IIntegrationEvent>> LoadAsync(IReadOnlyList<Guid> recordIds, CancellationToken cancellationToken);
}

/// <summary>Registration of stored event sources.</summary>
public static class StoredEventSourceServiceCollectionExtensions
{
    /// <summary>Lets the outbox processor rebuild <typeparamref name="TSource"/>'s events from the records a row names.</summary>
    public static IServiceCollection AddStoredEventSource<TSource>(this IServiceCollection services)
        where TSource : class, IStoredEventSource =>
        services.AddScoped<IStoredEventSource, TSource>();
}
