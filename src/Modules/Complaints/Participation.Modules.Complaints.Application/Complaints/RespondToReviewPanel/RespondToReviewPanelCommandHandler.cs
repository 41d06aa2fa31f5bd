using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RespondToReviewPanel;

internal sealed class RespondToReviewPanelCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<RespondToReviewPanelCommand>
{
    public async ValueTask<Unit> Handle(RespondToReviewPanelCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RespondToReviewPanel(command.RespondedOn, command.NamesOmbudsman, calendar.Now);
        return Unit.Value;
    }
}
