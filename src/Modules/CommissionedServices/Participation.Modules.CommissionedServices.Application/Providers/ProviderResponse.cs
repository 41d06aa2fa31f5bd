using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers;

/// <summary>A commissioned provider.</summary>
public sealed record ProviderResponse(
    Guid Id,
    [property: MaxLength(TextLengths.Name)] string Name,
    ProviderKind Kind,
    DateOnly ContractStart,
    DateOnly? ContractEnd,
    [property: MaxLength(TextLengths.Name)] string ContactName,
    [property: MaxLength(TextLengths.Email)] string ContactEmail,
    [property: MaxLength(ListLengths.ServiceAreas), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> ServiceAreas,
    ReturnCadence ReturnsEvery,
    bool Active,
    DateOnly? DeactivatedOn);
