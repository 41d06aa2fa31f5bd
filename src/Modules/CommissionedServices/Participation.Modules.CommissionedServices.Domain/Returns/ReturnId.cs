using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Returns;

/// <summary>The id of a participation return; UUIDv7, so ids order as returns were opened.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ReturnId(Guid Value) : IStronglyTypedId;
