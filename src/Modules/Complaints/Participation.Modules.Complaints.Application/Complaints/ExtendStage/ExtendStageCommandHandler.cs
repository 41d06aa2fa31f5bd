using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.ExtendStage;

internal sealed class ExtendStageCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar, ComplaintProcedures procedures) : ICommandHandler<ExtendStageCommand>
{
    public async ValueTask<Unit> Handle(ExtendStageCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.ExtendStage(command.WorkingDays, command.Reason.Trim(), command.DecidedOn, procedures.For(complaint.Procedure), calendar.Region);
        return Unit.Value;
    }
}
