using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Forums;

/// <summary>The id of a forum.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ForumId(Guid Value) : IStronglyTypedId;
