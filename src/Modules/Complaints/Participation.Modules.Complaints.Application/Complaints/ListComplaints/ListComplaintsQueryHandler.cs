using System.Globalization;
using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Complaints.Application.Complaints.ListComplaints;

internal sealed class ListComplaintsQueryHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : IQueryHandler<ListComplaintsQuery, Page<ComplaintResponse>>
{
    public async ValueTask<Page<ComplaintResponse>> Handle(ListComplaintsQuery query, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var dueBy = query.Overdue
            ? today.AddDays(-1)
            : query.DueWithinWorkingDays is { } days ? WorkingDays.AddWorkingDays(WorkingDays.StartDate(today, calendar.Region), days, calendar.Region) : (DateOnly?)null;
        var rows = await complaints.ListAsync(
            new ComplaintQueueFilter(query.Status, query.ServiceArea, dueBy, query.ReceivedFrom, query.ReceivedTo),
            Paging.DecodePosition(query.Cursor),
            query.PageSize + 1,
            cancellationToken);
        var page = Paging.ToPage(rows, query.PageSize, row => row.Position.ToString(CultureInfo.InvariantCulture));
        return new Page<ComplaintResponse>([.. page.Items.Select(row => row.Complaint.Adapt<ComplaintResponse>(Mappings.Config))], page.NextCursor);
    }
}
