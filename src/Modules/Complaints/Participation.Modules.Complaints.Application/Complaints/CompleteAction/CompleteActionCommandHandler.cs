using Mediator;
using Participation.BuildingBlocks.Application.Errors;

namespace Participation.Modules.Complaints.Application.Complaints.CompleteAction;

internal sealed class CompleteActionCommandHandler(IComplaintRepository complaints) : ICommandHandler<CompleteActionCommand>
{
    public async ValueTask<Unit> Handle(CompleteActionCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        return complaint.CompleteAction(command.LessonNumber, command.CompletedOn)
            ? Unit.Value
            : throw new NotFoundException("lesson", command.LessonNumber);
    }
}
