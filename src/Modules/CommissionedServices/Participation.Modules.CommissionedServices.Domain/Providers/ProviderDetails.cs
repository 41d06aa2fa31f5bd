namespace Participation.Modules.CommissionedServices.Domain.Providers;

/// <summary>What the council records about a provider it commissions.</summary>
/// <param name="Name">The organisation's name, unique among providers.</param>
/// <param name="Kind">What kind of organisation it is.</param>
/// <param name="ContractStart">The first day of the contract.</param>
/// <param name="ContractEnd">The last day of the contract, if it has one.</param>
/// <param name="ContactName">The provider's contact for participation returns (a role or a member of staff).</param>
/// <param name="ContactEmail">Where to write to that contact.</param>
/// <param name="ServiceAreas">Codes of the service areas the contract covers.</param>
/// <param name="ReturnsEvery">How often the contract asks for a participation return.</param>
public sealed record ProviderDetails(
    string Name,
    ProviderKind Kind,
    DateOnly ContractStart,
    DateOnly? ContractEnd,
    string ContactName,
    string ContactEmail,
    IReadOnlyList<string> ServiceAreas,
    ReturnCadence ReturnsEvery);
