using Mediator;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.ListApiKeys;

/// <summary>A provider's keys, newest first, without their secrets.</summary>
public sealed record ListApiKeysQuery(Guid ProviderId) : IQuery<IReadOnlyList<ApiKeyResponse>>;
