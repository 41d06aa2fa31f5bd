using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Participation.BuildingBlocks.Domain.Calendar;

/// <summary>
/// UK bank holidays computed from their rules rather than typed in, so any year from
/// <see cref="FirstSupportedYear"/> to <see cref="LastSupportedYear"/> is right without a data refresh.
/// Sources: Banking and Financial Dealings Act 1971, Schedule 1 (Easter Monday, the last Monday in May
/// and in August, Boxing Day and the 27th/28th December substitutes; Scotland: 1 and 2 January, the first Monday
/// in May and in August); royal proclamations under s.1(3) for New Year's Day and the early May holiday and
/// for the one-off days below; the St Andrew's Day Bank Holiday (Scotland) Act 2007. Christmas Day and
/// Good Friday are common-law holidays, listed here because regulation 2 of the 2006 complaints regulations
/// excludes them from working days.
/// </summary>
public static class BankHolidays
{
    /// <summary>The first year the calendar answers for.</summary>
    public const int FirstSupportedYear = 2000;

    /// <summary>The last year the calendar answers for.</summary>
    public const int LastSupportedYear = 2100;

    private const string SubstituteSuffix = " (substitute day)";

    private static readonly ConcurrentDictionary<(int Year, CalendarRegion Region), FrozenDictionary<DateOnly, BankHoliday>> Cache = new();

    /// <summary>One-off holidays proclaimed for both jurisdictions.</summary>
    private static readonly BankHoliday[] ProclaimedOneOffs =
    [
        new(new DateOnly(2002, 6, 3), "Golden Jubilee bank holiday"),
        new(new DateOnly(2011, 4, 29), "Bank holiday for the wedding of Prince William and Catherine Middleton"),
        new(new DateOnly(2012, 6, 5), "Queen's Diamond Jubilee"),
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday"),
        new(new DateOnly(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        new(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ];

    /// <summary>The year's bank holidays in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public static IReadOnlyList<BankHoliday> For(int year, CalendarRegion region)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastSupportedYear);
        return [.. ByDate(year, region).Values.OrderBy(holiday => holiday.Date)];
    }

    /// <summary>Whether the day is a bank holiday (or a common-law holiday) in the region.</summary>
    public static bool IsBankHoliday(DateOnly date, CalendarRegion region) =>
        ByDate(date.Year, region).ContainsKey(date);

    /// <summary>Whether the calendar can answer for the year.</summary>
    public static bool Supports(int year) => year is >= FirstSupportedYear and <= LastSupportedYear;

    private static FrozenDictionary<DateOnly, BankHoliday> ByDate(int year, CalendarRegion region)
    {
        // One year past the last supported one, so a deadline counted from late in the last year still resolves.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstSupportedYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastSupportedYear + 1);
        return Cache.GetOrAdd((year, region), key => Compute(key.Year, key.Region).ToFrozenDictionary(holiday => holiday.Date));
    }

    private static List<BankHoliday> Compute(int year, CalendarRegion region)
    {
        var holidays = new List<BankHoliday>();
        var scotland = region == CalendarRegion.Scotland;

        if (scotland)
        {
            AddObservingWeekendSubstitutes(holidays, (new DateOnly(year, 1, 1), "New Year's Day"), (new DateOnly(year, 1, 2), "2nd January"));
        }
        else
        {
            AddObservingWeekendSubstitutes(holidays, (new DateOnly(year, 1, 1), "New Year's Day"));
        }

        var easterSunday = EasterSunday(year);
        holidays.Add(new BankHoliday(easterSunday.AddDays(-2), "Good Friday"));
        if (!scotland)
        {
            holidays.Add(new BankHoliday(easterSunday.AddDays(1), "Easter Monday"));
        }

        // 2020: the early May holiday was moved by proclamation to Friday 8 May for the 75th anniversary of VE Day.
        holidays.Add(year == 2020
            ? new BankHoliday(new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)")
            : new BankHoliday(FirstMonday(year, 5), "Early May bank holiday"));

        // The spring holiday was moved by proclamation in the jubilee years, beside the extra jubilee day.
        holidays.Add(new BankHoliday(
            year switch
            {
                2002 or 2012 => new DateOnly(year, 6, 4),
                2022 => new DateOnly(2022, 6, 2),
                _ => LastMonday(year, 5),
            },
            "Spring bank holiday"));

        holidays.Add(new BankHoliday(scotland ? FirstMonday(year, 8) : LastMonday(year, 8), "Summer bank holiday"));

        // St Andrew's Day Bank Holiday (Scotland) Act 2007, s.1: 30 November, or the next Monday when it falls at a weekend.
        if (scotland && year >= 2007)
        {
            AddObservingWeekendSubstitutes(holidays, (new DateOnly(year, 11, 30), "St Andrew's Day"));
        }

        AddObservingWeekendSubstitutes(holidays, (new DateOnly(year, 12, 25), "Christmas Day"), (new DateOnly(year, 12, 26), "Boxing Day"));

        holidays.AddRange(ProclaimedOneOffs.Where(holiday => holiday.Date.Year == year));
        return holidays;
    }

    /// <summary>
    /// Adds consecutive holidays; each that falls at a weekend moves to the next weekday not already a holiday
    /// (so Christmas on a Saturday is observed on Monday 27th and Boxing Day on Tuesday 28th).
    /// </summary>
    private static void AddObservingWeekendSubstitutes(List<BankHoliday> holidays, params (DateOnly Date, string Name)[] days)
    {
        var taken = days.Where(day => !IsWeekend(day.Date)).Select(day => day.Date).ToHashSet();
        foreach (var (date, name) in days)
        {
            if (!IsWeekend(date))
            {
                holidays.Add(new BankHoliday(date, name));
                continue;
            }

            var substitute = date.AddDays(1);
            while (IsWeekend(substitute) || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            taken.Add(substitute);
            holidays.Add(new BankHoliday(substitute, name + SubstituteSuffix));
        }
    }

    internal static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm of Meeus, Jones and Butcher).</summary>
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
