using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Complaints.Application.Compliments;

/// <summary>A compliment.</summary>
public sealed record ComplimentResponse(Guid Id, DateOnly ReceivedOn, Audience Audience, Channel Channel, [property: MaxLength(TextLengths.Code)] string ServiceArea, [property: MaxLength(TextLengths.Statement)] string Summary);
