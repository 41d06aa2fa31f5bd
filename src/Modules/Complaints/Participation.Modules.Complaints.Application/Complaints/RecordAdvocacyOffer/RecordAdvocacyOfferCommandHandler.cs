using Participation.BuildingBlocks.Application.Persistence;
using Mediator;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.RecordAdvocacyOffer;

internal sealed class RecordAdvocacyOfferCommandHandler(IComplaintRepository complaints) : ICommandHandler<RecordAdvocacyOfferCommand>
{
    public async ValueTask<Unit> Handle(RecordAdvocacyOfferCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RecordAdvocacyOffer(new AdvocacyOffer(command.OfferedOn, command.Answer, command.Organisation?.Trim()));
        return Unit.Value;
    }
}
