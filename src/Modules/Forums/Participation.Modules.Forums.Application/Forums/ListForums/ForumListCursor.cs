using System.Globalization;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Forums.ListForums;

/// <summary>Names need not be unique: the cursor is the last forum's name and id, so a page never skips a namesake.</summary>
internal static class ForumListCursor
{
    public static string Key(ForumResponse forum) => $"{forum.Name}|{forum.Id}";

    public static bool TryDecode(string? cursor, out ForumListPosition? position)
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

        var bar = key.LastIndexOf('|');
        if (bar > 0 && Guid.TryParse(key[(bar + 1)..], CultureInfo.InvariantCulture, out var id))
        {
            position = new ForumListPosition(key[..bar], id);
            return true;
        }

        return false;
    }
}
