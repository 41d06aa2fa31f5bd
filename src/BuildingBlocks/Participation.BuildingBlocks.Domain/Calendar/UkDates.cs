namespace Participation.BuildingBlocks.Domain.Calendar;

/// <summary>The date in the United Kingdom (Europe/London, GMT or BST), by which every deadline, period and day-stamp is counted.</summary>
public static class UkDates
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>The UK date of an instant.</summary>
    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);

    /// <summary>The instant <paramref name="day"/> starts in the UK (midnight, GMT or BST).</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London), TimeSpan.Zero);

    /// <summary>Today in the UK.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return Of(clock.GetUtcNow());
    }
}
