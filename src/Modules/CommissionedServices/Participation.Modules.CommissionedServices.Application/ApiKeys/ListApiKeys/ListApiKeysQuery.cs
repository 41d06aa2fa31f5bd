using Mediator;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.ListApiKeys;

/// <summary>A provider's keys, newest first, without their secrets: the latest <see cref="MaxKeys"/>.</summary>
public sealed record ListApiKeysQuery(Guid ProviderId) : IQuery<IReadOnlyList<ApiKeyResponse>>
{
    /// <summary>The most keys listed; older ones are long revoked.</summary>
    public const int MaxKeys = 100;
}
