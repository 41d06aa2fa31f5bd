using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RespondToStage1;

internal sealed class RespondToStage1CommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<RespondToStage1Command>
{
    public async ValueTask<Unit> Handle(RespondToStage1Command command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        complaint.RespondToStage1(
            command.RespondedOn,
            command.Findings.ToDictionary(finding => finding.Point, finding => finding.Finding),
            command.Remedy?.Trim(),
            calendar.Now);
        return Unit.Value;
    }
}
