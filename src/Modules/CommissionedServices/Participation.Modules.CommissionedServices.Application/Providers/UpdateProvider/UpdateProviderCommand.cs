using Mediator;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers.UpdateProvider;

/// <summary>Replaces what is recorded about a provider the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record UpdateProviderCommand(
    Guid Id,
    uint ExpectedVersion,
    string Name,
    ProviderKind Kind,
    DateOnly ContractStart,
    DateOnly? ContractEnd,
    string ContactName,
    string ContactEmail,
    IReadOnlyList<string> ServiceAreas,
    ReturnCadence? ReturnsEvery) : ICommand, IProviderDetailsCommand;
