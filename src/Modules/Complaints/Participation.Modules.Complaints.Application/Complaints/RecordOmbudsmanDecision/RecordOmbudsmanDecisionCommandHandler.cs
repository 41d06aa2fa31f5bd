using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanDecision;

internal sealed class RecordOmbudsmanDecisionCommandHandler(IComplaintRepository complaints) : ICommandHandler<RecordOmbudsmanDecisionCommand>
{
    public async ValueTask<Unit> Handle(RecordOmbudsmanDecisionCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RecordOmbudsmanDecision(command.DecidedOn, command.Decision, command.Remedy?.Trim(), command.RemedyDueOn);
        return Unit.Value;
    }
}
