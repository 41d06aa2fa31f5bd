using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Complaints.Contracts;

/// <summary>A compliment was recorded (for reporting: who praised which service, and how it arrived). Its summary stays in Complaints.</summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was recorded.</param>
/// <param name="ComplimentId">The compliment.</param>
/// <param name="ReceivedOn">The day it was received.</param>
/// <param name="Audience">Who gave it (audience code).</param>
/// <param name="Channel">How it was received (channel code).</param>
/// <param name="ServiceArea">The service area it praises (code).</param>
public sealed record ComplimentReceived(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid ComplimentId,
    DateOnly ReceivedOn,
    string Audience,
    string Channel,
    string ServiceArea) : IIntegrationEvent;
