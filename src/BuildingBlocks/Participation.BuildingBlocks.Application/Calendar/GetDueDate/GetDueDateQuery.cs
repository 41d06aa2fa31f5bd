using Mediator;

namespace Participation.BuildingBlocks.Application.Calendar.GetDueDate;

/// <summary>When something received on <paramref name="From"/> is due, <paramref name="WorkingDays"/> working days on.</summary>
/// <param name="From">The day of receipt.</param>
/// <param name="WorkingDays">How many working days are allowed.</param>
/// <param name="Region">A region name, or null for the deployment's own.</param>
public sealed record GetDueDateQuery(DateOnly From, int WorkingDays, string? Region) : IQuery<DueDateResponse>;

/// <summary>The clock's start and the due date.</summary>
/// <param name="StartDate">The day the clock starts: the day of receipt, or the next working day.</param>
/// <param name="DueDate">The last day in time.</param>
public sealed record DueDateResponse(DateOnly StartDate, DateOnly DueDate);
