using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RespondToStage;

internal sealed class RespondToStageCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<RespondToStageCommand>
{
    public async ValueTask<Unit> Handle(RespondToStageCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        complaint.RespondToOpenStage(
            command.RespondedOn,
            command.Findings.ToDictionary(finding => finding.Point, finding => finding.Finding),
            command.Remedy?.Trim(),
            calendar.Now);
        return Unit.Value;
    }
}
