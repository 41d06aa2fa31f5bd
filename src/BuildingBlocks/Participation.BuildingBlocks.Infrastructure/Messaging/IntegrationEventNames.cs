namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>The stable name an integration event type is stored under in outbox rows.</summary>
public static class IntegrationEventNames
{
    /// <summary>The name of <paramref name="type"/>.</summary>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.FullName ?? type.Name;
    }
}
