using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.CommissionedServices.Application.Returns.GetReturn;

/// <summary>One of a provider's returns, versioned; another provider's is not found.</summary>
public sealed record GetReturnQuery(Guid ProviderId, Guid ReturnId) : IQuery<Versioned<ReturnResponse>>;
