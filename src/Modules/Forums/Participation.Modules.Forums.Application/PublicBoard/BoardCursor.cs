using System.Globalization;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.PublicBoard;

/// <summary>The board's cursor: the last item's report-back day and id, so paging holds while items are published.</summary>
internal static class BoardCursor
{
    private const string DayFormat = "yyyy-MM-dd";

    public static string Key(PublishedItem item) => $"{item.ReportedBackOn.ToString(DayFormat, CultureInfo.InvariantCulture)}|{item.Id}";

    public static bool TryDecode(string? cursor, out BoardPosition? position)
    {
        position = null;
        if (!Paging.TryDecodeCursor(cursor, out var key))
        {
            return false;
        }

        if (key is null)
        {
            return true;
        }

        var parts = key.Split('|');
        if (parts.Length == 2
            && DateOnly.TryParseExact(parts[0], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && Guid.TryParse(parts[1], CultureInfo.InvariantCulture, out var id))
        {
            position = new BoardPosition(day, id);
            return true;
        }

        return false;
    }
}
