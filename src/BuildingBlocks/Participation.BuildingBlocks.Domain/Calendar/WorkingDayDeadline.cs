namespace Participation.BuildingBlocks.Domain.Calendar;

/// <summary>A deadline together with the rule that produced it, so a stored due date can always be explained.</summary>
/// <param name="StartDate">The day the clock started.</param>
/// <param name="DueDate">The last day on which the response is in time.</param>
/// <param name="WorkingDays">The number of working days allowed.</param>
/// <param name="Region">The bank-holiday calendar counted in.</param>
public sealed record WorkingDayDeadline(DateOnly StartDate, DateOnly DueDate, int WorkingDays, CalendarRegion Region);
