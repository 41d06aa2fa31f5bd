using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Adds the event to the publishing module's DbContext of this scope, so it commits with the module's change.</summary>
internal sealed class Outbox(ModuleRegistry modules, IServiceProvider services, IntegrationEventSerializer serializer) : IOutbox
{
    public void Enqueue(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var context = (ModuleDbContext)services.GetRequiredService(modules.Owning(integrationEvent.GetType()).DbContextType);
        context.OutboxMessages.Add(serializer.ToOutboxMessage(integrationEvent));
    }
}
