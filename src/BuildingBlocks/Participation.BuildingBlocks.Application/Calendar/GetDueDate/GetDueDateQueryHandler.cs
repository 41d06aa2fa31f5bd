using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.BuildingBlocks.Application.Calendar.GetDueDate;

internal sealed class GetDueDateQueryHandler(IOptions<CalendarOptions> calendar) : IQueryHandler<GetDueDateQuery, DueDateResponse>
{
    public ValueTask<DueDateResponse> Handle(GetDueDateQuery query, CancellationToken cancellationToken)
    {
        CalendarRegions.TryParse(query.Region ?? calendar.Value.Region, out var region);
        var deadline = WorkingDays.Deadline(query.From, query.WorkingDays, region);
        return ValueTask.FromResult(new DueDateResponse(deadline.StartDate, deadline.DueDate));
    }
}
