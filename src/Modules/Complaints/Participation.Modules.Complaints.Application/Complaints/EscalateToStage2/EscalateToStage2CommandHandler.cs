using Participation.BuildingBlocks.Application.Persistence;
using Mediator;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.EscalateToStage2;

internal sealed class EscalateToStage2CommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar, ComplaintProcedures procedures) : ICommandHandler<EscalateToStage2Command>
{
    public async ValueTask<Unit> Handle(EscalateToStage2Command command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.EscalateToStage2(
            new Stage2Request(command.RequestedOn, command.LateRequestReason?.Trim(), command.InvestigatingOfficer.Trim(), command.IndependentPerson.Trim()),
            procedures.For(complaint.Procedure),
            calendar.Region);
        return Unit.Value;
    }
}
