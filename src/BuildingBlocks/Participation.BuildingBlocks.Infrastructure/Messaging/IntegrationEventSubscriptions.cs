using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>One consumer of one integration event, registered explicitly by the consuming module.</summary>
internal sealed record IntegrationEventSubscription(
    Type EventType,
    Type HandlerType,
    Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task> Handle)
{
    public static IntegrationEventSubscription For<TEvent, THandler>()
        where TEvent : IIntegrationEvent
        where THandler : IIntegrationEventHandler<TEvent> =>
        new(
            typeof(TEvent),
            typeof(THandler),
            (services, integrationEvent, cancellationToken) =>
                services.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken));
}

/// <summary>Every subscription in the process, by event type.</summary>
internal sealed class IntegrationEventSubscriptions(IEnumerable<IntegrationEventSubscription> subscriptions)
{
    private readonly ILookup<string, IntegrationEventSubscription> _byEventName =
        subscriptions.ToLookup(subscription => IntegrationEventNames.Of(subscription.EventType));

    public IEnumerable<IntegrationEventSubscription> For(string eventTypeName) => _byEventName[eventTypeName];

    public Type? EventType(string eventTypeName) => _byEventName[eventTypeName].FirstOrDefault()?.EventType;
}

/// <summary>Registration of integration event consumers.</summary>
public static class IntegrationEventServiceCollectionExtensions
{
    /// <summary>Subscribes <typeparamref name="THandler"/> (declared in the consuming module) to <typeparamref name="TEvent"/>.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        // One handler class may consume several events: registered once.
        services.TryAddScoped<THandler>();
        services.AddSingleton(IntegrationEventSubscription.For<TEvent, THandler>());
        return services;
    }
}
