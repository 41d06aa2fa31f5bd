using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.ExtendStage;

internal sealed class ExtendStageCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<ExtendStageCommand>
{
    public async ValueTask<Unit> Handle(ExtendStageCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        complaint.ExtendOpenStage(command.WorkingDays, command.Reason.Trim(), command.DecidedOn, calendar.Region);
        return Unit.Value;
    }
}
