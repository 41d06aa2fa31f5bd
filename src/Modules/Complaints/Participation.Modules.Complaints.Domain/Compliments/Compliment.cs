using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Complaints.Domain.Compliments;

/// <summary>
/// Praise for a service, recorded with the same service area and audience as complaints so the quarterly and annual
/// reports count both (docs/domain/complaints.md#reporting).
/// </summary>
public sealed class Compliment : AggregateRoot<ComplimentId>
{
    private Compliment()
    {
    }

    /// <summary>When it was received.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>Who gave it.</summary>
    public Audience Audience { get; private set; }

    /// <summary>How it was received.</summary>
    public Channel Channel { get; private set; }

    /// <summary>The service area it praises (code).</summary>
    public string ServiceArea { get; private set; } = null!;

    /// <summary>A short summary, free of names.</summary>
    public string Summary { get; private set; } = null!;

    /// <summary>Records a compliment.</summary>
    public static Compliment Receive(DateOnly receivedOn, Audience audience, Channel channel, string serviceArea, string summary, DateTimeOffset now)
    {
        var compliment = new Compliment
        {
            Id = new ComplimentId(Guid.CreateVersion7()),
            ReceivedOn = receivedOn,
            Audience = audience,
            Channel = channel,
            ServiceArea = serviceArea,
            Summary = summary,
        };
        compliment.Raise(new ComplimentReceivedDomainEvent(compliment.Id, receivedOn, audience, channel, serviceArea, now));
        return compliment;
    }
}

/// <summary>A compliment was recorded; carries what is published about it.</summary>
public sealed record ComplimentReceivedDomainEvent(ComplimentId ComplimentId, DateOnly ReceivedOn, Audience Audience, Channel Channel, string ServiceArea, DateTimeOffset OccurredOn) : IDomainEvent;

/// <summary>The id of a compliment.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ComplimentId(Guid Value) : IStronglyTypedId;
