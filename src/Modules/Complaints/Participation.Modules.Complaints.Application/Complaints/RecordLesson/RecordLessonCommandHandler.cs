using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Application.Persistence;
using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordLesson;

internal sealed class RecordLessonCommandHandler(IComplaintRepository complaints) : ICommandHandler<RecordLessonCommand>
{
    public async ValueTask<Unit> Handle(RecordLessonCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(new ComplaintId(command.ComplaintId), command.ExpectedVersion, cancellationToken);
        complaint.RecordLesson(command.Description.Trim(), command.Action.Trim(), command.Owner.Trim(), command.DueOn);
        return Unit.Value;
    }
}
