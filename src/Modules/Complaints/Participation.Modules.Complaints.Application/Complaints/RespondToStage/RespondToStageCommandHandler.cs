using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RespondToStage;

internal sealed class RespondToStageCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<RespondToStageCommand>
{
    public async ValueTask<Unit> Handle(RespondToStageCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RespondToStage(
            command.RespondedOn,
            command.Findings.ToDictionary(finding => finding.Point, finding => finding.Finding),
            command.Remedy?.Trim(),
            calendar.Now);
        return Unit.Value;
    }
}
