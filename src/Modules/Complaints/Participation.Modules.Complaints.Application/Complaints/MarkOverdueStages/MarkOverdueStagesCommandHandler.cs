using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.MarkOverdueStages;

internal sealed class MarkOverdueStagesCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar) : ICommandHandler<MarkOverdueStagesCommand, int>
{
    public async ValueTask<int> Handle(MarkOverdueStagesCommand command, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        var candidates = await complaints.ListOverdueUnmarkedAsync(today, cancellationToken);
        return candidates.Count(complaint => complaint.MarkOverdue(today, calendar.Now));
    }
}
