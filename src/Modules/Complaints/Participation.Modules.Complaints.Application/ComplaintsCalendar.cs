using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Calendar;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Complaints.Application;

/// <summary>The deployment's calendar and today's date, as the complaints clocks count them.</summary>
internal sealed class ComplaintsCalendar(IOptions<CalendarOptions> options, TimeProvider time)
{
    public CalendarRegion Region => options.Value.DeploymentRegion;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Today in the United Kingdom, where the working days are counted.</summary>
    public DateOnly Today => UkDates.Today(time);
}
