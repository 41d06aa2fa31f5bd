using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Complaints.Contracts;

/// <summary>A stage of a complaint passed its statutory due date without a response (published once per stage).</summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was found overdue.</param>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Stage">1, 2 or 3.</param>
/// <param name="DueDate">The due date that passed (the extended one where extended).</param>
public sealed record ComplaintStageOverdue(Guid Id, DateTimeOffset OccurredOn, Guid ComplaintId, int Stage, DateOnly DueDate) : IIntegrationEvent;
