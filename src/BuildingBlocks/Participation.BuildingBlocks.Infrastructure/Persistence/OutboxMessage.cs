namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>An integration event waiting in its publisher's schema to be delivered.</summary>
public sealed class OutboxMessage
{
    /// <summary>The integration event's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The event's stable type name.</summary>
    public required string Type { get; init; }

    /// <summary>The event as JSON, or a JSON array of events for a batch row.</summary>
    public required string Content { get; init; }

    /// <summary>When the event occurred.</summary>
    public DateTimeOffset OccurredOn { get; init; }

    /// <summary>When every consumer had handled it; null while pending.</summary>
    public DateTimeOffset? ProcessedOn { get; set; }

    /// <summary>How many deliveries failed.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>The type of the last delivery failure (never its message, which may quote data).</summary>
    public string? LastError { get; set; }
}
