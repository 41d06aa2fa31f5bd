using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.ExtendStage1;

internal sealed class ExtendStage1CommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<ExtendStage1Command>
{
    public async ValueTask<Unit> Handle(ExtendStage1Command command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        complaint.ExtendStage1(command.WorkingDays, command.Reason.Trim(), command.DecidedOn, calendar.Region);
        return Unit.Value;
    }
}
