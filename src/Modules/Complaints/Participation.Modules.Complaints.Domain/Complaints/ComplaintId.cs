using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>The id of a complaint.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ComplaintId(Guid Value) : IStronglyTypedId;
