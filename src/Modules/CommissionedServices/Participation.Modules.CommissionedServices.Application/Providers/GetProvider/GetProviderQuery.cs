using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.CommissionedServices.Application.Providers.GetProvider;

/// <summary>One provider with its version.</summary>
public sealed record GetProviderQuery(Guid Id) : IQuery<Versioned<ProviderResponse>>;
