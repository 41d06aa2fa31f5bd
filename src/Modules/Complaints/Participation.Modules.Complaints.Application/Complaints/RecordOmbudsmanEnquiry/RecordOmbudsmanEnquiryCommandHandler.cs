using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanEnquiry;

internal sealed class RecordOmbudsmanEnquiryCommandHandler(IComplaintRepository complaints) : ICommandHandler<RecordOmbudsmanEnquiryCommand>
{
    public async ValueTask<Unit> Handle(RecordOmbudsmanEnquiryCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RecordOmbudsmanEnquiry(command.ReceivedOn);
        return Unit.Value;
    }
}
