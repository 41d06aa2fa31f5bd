using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Complaints.Application.Compliments;

/// <summary>A compliment.</summary>
public sealed record ComplimentResponse(Guid Id, DateOnly ReceivedOn, Audience Audience, Channel Channel, string ServiceArea, string Summary);
