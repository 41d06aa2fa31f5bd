using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.BuildingBlocks.Application.Calendar.GetBankHolidays;

internal sealed class GetBankHolidaysQueryHandler(IOptions<CalendarOptions> calendar) : IQueryHandler<GetBankHolidaysQuery, IReadOnlyList<BankHoliday>>
{
    public ValueTask<IReadOnlyList<BankHoliday>> Handle(GetBankHolidaysQuery query, CancellationToken cancellationToken)
    {
        CalendarRegions.TryParse(query.Region ?? calendar.Value.Region, out var region);
        return ValueTask.FromResult(BankHolidays.For(query.Year, region));
    }
}
