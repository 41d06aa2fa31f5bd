using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Calendar;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.CommissionedServices.Application.Returns.RemindersDue;

internal sealed class RemindersDueQueryHandler(IReturnRepository returns, IProviderRepository providers, IOptions<ReturnsOptions> options, IOptions<CalendarOptions> calendar, TimeProvider clock)
    : IQueryHandler<RemindersDueQuery, IReadOnlyList<DueReminder>>
{
    public async ValueTask<IReadOnlyList<DueReminder>> Handle(RemindersDueQuery query, CancellationToken cancellationToken)
    {
        var today = UkDates.Today(clock);
        var due = new List<DueReminder>();
        foreach (var found in await returns.UnsubmittedAsync(cancellationToken))
        {
            if (found.ReminderDue(today, ReturnSchedule.RemindFrom(found.DueOn, options.Value, calendar.Value.DeploymentRegion)) is { } reminder)
            {
                var provider = await providers.LoadAsync(found.ProviderId, cancellationToken);
                due.Add(new DueReminder(found.Id.Value, reminder, provider.Name, provider.ContactName, provider.ContactEmail, found.Period, found.DueOn));
            }
        }

        return due;
    }
}
