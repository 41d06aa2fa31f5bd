using Mediator;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers.CreateProvider;

/// <summary>Records a newly commissioned provider.</summary>
public sealed record CreateProviderCommand(
    string Name,
    ProviderKind Kind,
    DateOnly ContractStart,
    DateOnly? ContractEnd,
    string ContactName,
    string ContactEmail,
    IReadOnlyList<string> ServiceAreas,
    ReturnCadence? ReturnsEvery) : ICommand<Guid>, IProviderDetailsCommand;
