using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.RecordLesson;

internal sealed class RecordLessonCommandHandler(IComplaintRepository complaints) : ICommandHandler<RecordLessonCommand>
{
    public async ValueTask<Unit> Handle(RecordLessonCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadAsync(command.ComplaintId, command.ExpectedVersion, cancellationToken);
        complaint.RecordLesson(command.Description.Trim(), command.Action.Trim(), command.Owner.Trim(), command.DueOn);
        return Unit.Value;
    }
}
