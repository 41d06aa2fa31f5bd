using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.WithdrawComplaint;

internal sealed class WithdrawComplaintCommandHandler(IComplaintRepository complaints) : ICommandHandler<WithdrawComplaintCommand>
{
    public async ValueTask<Unit> Handle(WithdrawComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.Withdraw(command.WithdrawnOn);
        return Unit.Value;
    }
}
