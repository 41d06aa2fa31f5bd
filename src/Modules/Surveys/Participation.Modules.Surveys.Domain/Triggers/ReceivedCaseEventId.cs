using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Triggers;

/// <summary>Identifies a case event as received here (the partner's own id is separate).</summary>
public readonly record struct ReceivedCaseEventId(Guid Value) : IStronglyTypedId;
