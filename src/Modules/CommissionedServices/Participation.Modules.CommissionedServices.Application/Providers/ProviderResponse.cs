using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers;

/// <summary>A commissioned provider.</summary>
public sealed record ProviderResponse(
    Guid Id,
    string Name,
    ProviderKind Kind,
    DateOnly ContractStart,
    DateOnly? ContractEnd,
    string ContactName,
    string ContactEmail,
    IReadOnlyList<string> ServiceAreas,
    bool Active,
    DateOnly? DeactivatedOn);
