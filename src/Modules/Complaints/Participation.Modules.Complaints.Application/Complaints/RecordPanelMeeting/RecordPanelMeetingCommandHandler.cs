using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordPanelMeeting;

internal sealed class RecordPanelMeetingCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<RecordPanelMeetingCommand>
{
    public async ValueTask<Unit> Handle(RecordPanelMeetingCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RecordPanelHeld(command.HeldOn, calendar.Region);
        return Unit.Value;
    }
}
