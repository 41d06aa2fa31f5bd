using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.CloseComplaint;

internal sealed class CloseComplaintCommandHandler(IComplaintRepository complaints) : ICommandHandler<CloseComplaintCommand>
{
    public async ValueTask<Unit> Handle(CloseComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.Close(command.ClosedOn);
        return Unit.Value;
    }
}
