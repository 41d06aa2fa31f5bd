using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Providers;

/// <summary>The id of an API key.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ApiKeyId(Guid Value) : IStronglyTypedId;
