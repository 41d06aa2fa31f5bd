using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Invitations;

/// <summary>The id of an invitation to answer a survey.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct InvitationId(Guid Value) : IStronglyTypedId;
