using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Reviews.Domain.Reviews;

/// <summary>A review's facts were recorded or corrected.</summary>
/// <param name="Review">The review.</param>
/// <param name="OccurredOn">When.</param>
public sealed record ReviewRecordedDomainEvent(Review Review, DateTimeOffset OccurredOn) : IDomainEvent;
