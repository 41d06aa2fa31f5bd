using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Meetings;

/// <summary>The id of a forum meeting.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct MeetingId(Guid Value) : IStronglyTypedId;
