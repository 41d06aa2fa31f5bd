using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RequestReviewPanel;

internal sealed class RequestReviewPanelCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar, ComplaintProcedures procedures) : ICommandHandler<RequestReviewPanelCommand>
{
    public async ValueTask<Unit> Handle(RequestReviewPanelCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RequestReviewPanel(command.RequestedOn, [.. command.Members.Select(member => member.Trim())], procedures.For(complaint.Procedure), calendar.Region);
        return Unit.Value;
    }
}
