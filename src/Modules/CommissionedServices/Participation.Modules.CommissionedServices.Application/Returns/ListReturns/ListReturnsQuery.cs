using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Returns.ListReturns;

/// <summary>A provider's returns, latest period first.</summary>
public sealed record ListReturnsQuery(Guid ProviderId) : IQuery<IReadOnlyList<ReturnResponse>>;
