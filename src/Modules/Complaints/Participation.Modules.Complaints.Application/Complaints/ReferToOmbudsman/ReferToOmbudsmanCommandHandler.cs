using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.ReferToOmbudsman;

internal sealed class ReferToOmbudsmanCommandHandler(IComplaintRepository complaints) : ICommandHandler<ReferToOmbudsmanCommand>
{
    public async ValueTask<Unit> Handle(ReferToOmbudsmanCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.ReferToOmbudsman(command.ReferredOn);
        return Unit.Value;
    }
}
