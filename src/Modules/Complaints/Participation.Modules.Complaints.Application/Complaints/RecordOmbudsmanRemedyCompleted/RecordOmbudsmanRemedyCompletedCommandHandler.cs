using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanRemedyCompleted;

internal sealed class RecordOmbudsmanRemedyCompletedCommandHandler(IComplaintRepository complaints) : ICommandHandler<RecordOmbudsmanRemedyCompletedCommand>
{
    public async ValueTask<Unit> Handle(RecordOmbudsmanRemedyCompletedCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RecordOmbudsmanRemedyCompleted(command.CompletedOn);
        return Unit.Value;
    }
}
