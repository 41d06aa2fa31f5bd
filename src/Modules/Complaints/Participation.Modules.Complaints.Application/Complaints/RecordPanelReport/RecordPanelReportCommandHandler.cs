using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordPanelReport;

internal sealed class RecordPanelReportCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<RecordPanelReportCommand>
{
    public async ValueTask<Unit> Handle(RecordPanelReportCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RecordPanelReport(command.IssuedOn, calendar.Region);
        return Unit.Value;
    }
}
