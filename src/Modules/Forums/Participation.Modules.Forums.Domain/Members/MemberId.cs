using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Members;

/// <summary>The id of a forum member.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct MemberId(Guid Value) : IStronglyTypedId;
