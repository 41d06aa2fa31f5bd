using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.ListComplaints;

/// <summary>
/// A work queue: by status and service area; <paramref name="Overdue"/> for open complaints past their due date;
/// <paramref name="DueWithinWorkingDays"/> for open ones due within that many working days from today; received from and to a day.
/// </summary>
public sealed record ListComplaintsQuery(
    ComplaintStatus? Status,
    string? ServiceArea,
    bool Overdue,
    int? DueWithinWorkingDays,
    DateOnly? ReceivedFrom,
    DateOnly? ReceivedTo,
    int PageSize,
    string? Cursor) : IQuery<Page<ComplaintResponse>>;
