using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;

namespace Participation.Modules.Complaints.Application.Complaints.CompleteAction;

internal sealed class CompleteActionCommandHandler(IComplaintRepository complaints) : ICommandHandler<CompleteActionCommand>
{
    public async ValueTask<Unit> Handle(CompleteActionCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        return complaint.CompleteAction(command.LessonNumber, command.CompletedOn)
            ? Unit.Value
            : throw new NotFoundException("lesson", command.LessonNumber);
    }
}
