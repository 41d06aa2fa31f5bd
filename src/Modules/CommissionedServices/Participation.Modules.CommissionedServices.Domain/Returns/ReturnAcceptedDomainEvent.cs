using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Returns;

/// <summary>A commissioner accepted a return.</summary>
/// <param name="Return">The return.</param>
/// <param name="OccurredOn">When.</param>
public sealed record ReturnAcceptedDomainEvent(ParticipationReturn Return, DateTimeOffset OccurredOn) : IDomainEvent;
