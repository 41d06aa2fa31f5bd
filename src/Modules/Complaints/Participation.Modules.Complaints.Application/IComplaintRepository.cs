using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application;

/// <summary>Complaints, as the use cases need them.</summary>
public interface IComplaintRepository : IRepository<Complaint, ComplaintId>
{
    /// <summary>Open complaints past their due date by <paramref name="today"/> and not yet marked overdue, tracked for change.</summary>
    Task<IReadOnlyList<Complaint>> ListOverdueUnmarkedAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Complaints with anything dated from <paramref name="from"/> to <paramref name="to"/>: receipt, a stage, the Ombudsman, closure, a lesson.</summary>
    Task<IReadOnlyList<Complaint>> ListActiveInAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>A work queue page: complaints matching the filter in the order recorded, after position <paramref name="after"/>.</summary>
    Task<IReadOnlyList<(Complaint Complaint, long Position)>> ListAsync(ComplaintQueueFilter filter, long after, int take, CancellationToken cancellationToken);
}

/// <summary>What a complaints officer's work queue shows.</summary>
/// <param name="Status">Only complaints in this status.</param>
/// <param name="ServiceArea">Only this service area.</param>
/// <param name="DueOnOrBefore">Only complaints with a stage open and due on or before this day (overdue and due-soon queues).</param>
/// <param name="ReceivedFrom">Only complaints received on or after this day.</param>
/// <param name="ReceivedTo">Only complaints received on or before this day.</param>
public sealed record ComplaintQueueFilter(ComplaintStatus? Status, string? ServiceArea, DateOnly? DueOnOrBefore, DateOnly? ReceivedFrom, DateOnly? ReceivedTo);
