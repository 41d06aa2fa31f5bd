using Microsoft.EntityFrameworkCore;
using Participation.Modules.Complaints.Application;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Infrastructure.Persistence;

internal sealed class ComplaintRepository(ComplaintsDbContext context) : IComplaintRepository
{
    public async Task<Complaint?> GetAsync(ComplaintId id, CancellationToken cancellationToken) =>
        context.Complaints.Local.SingleOrDefault(complaint => complaint.Id == id)
        ?? await context.Complaints.SingleOrDefaultAsync(complaint => complaint.Id == id, cancellationToken);

    public void Add(Complaint complaint) => context.Complaints.Add(complaint);

    public async Task<IReadOnlyList<Complaint>> ListActiveInAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await context.Complaints.AsNoTracking()
            .Where(complaint =>
                (complaint.ReceivedOn >= from && complaint.ReceivedOn <= to)
                || (complaint.Stage1.RespondedOn >= from && complaint.Stage1.RespondedOn <= to)
                || (complaint.Escalation != null && complaint.Escalation.RequestedOn >= from && complaint.Escalation.RequestedOn <= to)
                || (complaint.Stage2 != null && complaint.Stage2.RespondedOn >= from && complaint.Stage2.RespondedOn <= to)
                || (complaint.Stage3 != null && complaint.Stage3.RequestedOn >= from && complaint.Stage3.RequestedOn <= to)
                || (complaint.Stage3 != null && complaint.Stage3.RespondedOn >= from && complaint.Stage3.RespondedOn <= to)
                || (complaint.ClosedOn >= from && complaint.ClosedOn <= to)
                || (complaint.Ombudsman != null && complaint.Ombudsman.ReferredOn >= from && complaint.Ombudsman.ReferredOn <= to)
                || (complaint.Ombudsman != null && complaint.Ombudsman.DecidedOn >= from && complaint.Ombudsman.DecidedOn <= to)
                || (complaint.Ombudsman != null && complaint.Ombudsman.RemedyCompletedOn >= from && complaint.Ombudsman.RemedyCompletedOn <= to)
                || complaint.Lessons.Any(lesson => (lesson.DueOn >= from && lesson.DueOn <= to) || (lesson.CompletedOn >= from && lesson.CompletedOn <= to)))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Complaint>> ListOverdueUnmarkedAsync(DateOnly today, CancellationToken cancellationToken) =>
        await context.Complaints
            .Where(complaint =>
                (complaint.Status == ComplaintStatus.Stage1 && complaint.Stage1.OverdueOn == null
                    && (complaint.Stage1.Extended != null ? complaint.Stage1.Extended.DueDate : complaint.Stage1.Deadline.DueDate) < today)
                || (complaint.Status == ComplaintStatus.Stage2 && complaint.Stage2!.OverdueOn == null
                    && (complaint.Stage2!.Extended != null ? complaint.Stage2.Extended.DueDate : complaint.Stage2.Deadline.DueDate) < today)
                || (complaint.Status == ComplaintStatus.Stage2 && complaint.Stage2Acknowledgement != null
                    && complaint.Stage2Acknowledgement.AcknowledgedOn == null && complaint.Stage2Acknowledgement.OverdueOn == null
                    && complaint.Stage2Acknowledgement.Deadline.DueDate < today)
                || (complaint.Status == ComplaintStatus.Stage3 && complaint.Stage3!.OverdueOn == null
                    && (complaint.Stage3!.HeldOn == null ? complaint.Stage3.PanelDeadline.DueDate
                        : complaint.Stage3.ReportIssuedOn == null ? complaint.Stage3.ReportDeadline!.DueDate
                        : complaint.Stage3.ResponseDeadline!.DueDate) < today))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<(Complaint Complaint, long Position)>> ListAsync(ComplaintQueueFilter filter, long after, int take, CancellationToken cancellationToken)
    {
        // Only the filters given: EF Core interprets "value == null || ..." on every execution (docs/adr/0016-the-read-path.md).
        var complaints = context.Complaints.AsNoTracking()
            .Where(complaint => EF.Property<long>(complaint, ComplaintsDbContext.Position) > after)
            .ReceivedIn(filter.ServiceArea, filter.ReceivedFrom, filter.ReceivedTo);
        if (filter.Status is { } status)
        {
            complaints = complaints.Where(complaint => complaint.Status == status);
        }

        if (filter.DueOnOrBefore is { } due)
        {
            complaints = complaints.Where(complaint =>
                (complaint.Status == ComplaintStatus.Stage1
                    && (complaint.Stage1.Extended != null ? complaint.Stage1.Extended.DueDate : complaint.Stage1.Deadline.DueDate) <= due)
                || (complaint.Status == ComplaintStatus.Stage2
                    && (complaint.Stage2!.Extended != null ? complaint.Stage2.Extended.DueDate : complaint.Stage2.Deadline.DueDate) <= due)
                || (complaint.Status == ComplaintStatus.Stage3
                    && (complaint.Stage3!.HeldOn == null ? complaint.Stage3.PanelDeadline.DueDate
                        : complaint.Stage3.ReportIssuedOn == null ? complaint.Stage3.ReportDeadline!.DueDate
                        : complaint.Stage3.ResponseDeadline!.DueDate) <= due));
        }

        var rows = await complaints
            .OrderBy(complaint => EF.Property<long>(complaint, ComplaintsDbContext.Position))
            .Take(take)
            .Select(complaint => new { Complaint = complaint, Position = EF.Property<long>(complaint, ComplaintsDbContext.Position) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => (row.Complaint, row.Position))];
    }
}
