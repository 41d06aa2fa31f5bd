using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.AcknowledgeStage2;

internal sealed class AcknowledgeStage2CommandHandler(IComplaintRepository complaints) : ICommandHandler<AcknowledgeStage2Command>
{
    public async ValueTask<Unit> Handle(AcknowledgeStage2Command command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.AcknowledgeStage2(command.AcknowledgedOn);
        return Unit.Value;
    }
}
