namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>A record that one consumer has handled one message; its key makes redelivery a no-op.</summary>
public sealed class InboxMessage
{
    /// <summary>The integration event's id.</summary>
    public Guid MessageId { get; init; }

    /// <summary>The consumer (handler type) that handled it.</summary>
    public required string Consumer { get; init; }

    /// <summary>When it was handled.</summary>
    public DateTimeOffset HandledOn { get; init; }
}
