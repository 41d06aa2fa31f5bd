using Microsoft.EntityFrameworkCore;

namespace Participation.Modules.Complaints.Infrastructure.Persistence;

/// <summary>
/// The filters complaints and compliments share (service area, received from, received to), each added only when
/// given (docs/adr/0016-the-read-path.md).
/// </summary>
internal static class ReceivedFilters
{
    public static IQueryable<T> ReceivedIn<T>(this IQueryable<T> records, string? serviceArea, DateOnly? from, DateOnly? to)
        where T : class
    {
        if (serviceArea is not null)
        {
            records = records.Where(record => EF.Property<string>(record, "ServiceArea") == serviceArea);
        }

        if (from is { } first)
        {
            records = records.Where(record => EF.Property<DateOnly>(record, "ReceivedOn") >= first);
        }

        if (to is { } last)
        {
            records = records.Where(record => EF.Property<DateOnly>(record, "ReceivedOn") <= last);
        }

        return records;
    }
}
