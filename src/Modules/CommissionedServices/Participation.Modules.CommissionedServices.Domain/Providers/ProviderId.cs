using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Providers;

/// <summary>The id of a commissioned provider.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ProviderId(Guid Value) : IStronglyTypedId;
