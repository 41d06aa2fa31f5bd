using System.ComponentModel.DataAnnotations;
using System.Buffers.Text;
using System.Text;
using FluentValidation;
using Participation.BuildingBlocks.Domain.Text;

namespace Participation.BuildingBlocks.Application.Paging;

/// <summary>A page of results and the opaque cursor of the next page (null on the last).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to read the next page.</param>
public sealed record Page<T>([property: MaxLength(Paging.MaxPageSize)] IReadOnlyList<T> Items, [property: MaxLength(Paging.CursorMaxLength)] string? NextCursor) : ICountedPage
{
    /// <inheritdoc />
    int ICountedPage.Count => Items.Count;
}

/// <summary>A page, whatever its items: what the audit log counts of a list read.</summary>
public interface ICountedPage
{
    /// <summary>How many items the page holds.</summary>
    int Count { get; }
}

/// <summary>Keyset paging: <c>pageSize</c> defaults to 50 and is capped at 500; the cursor is opaque.</summary>
public static class Paging
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>What a client is told of a cursor this API did not issue (or issued to someone else).</summary>
    public const string CursorNotIssued = "cursor is not one this API issued.";

    /// <summary>
    /// The longest cursor this API issues, base64url-encoded: a list ordered by name carries the last name and id, and a
    /// name of the longest allowed length in three-byte characters (€, or Welsh ŵ at two) encodes to about 850
    /// characters; a longer one is refused.
    /// </summary>
    public const int CursorMaxLength = 1024;

    /// <summary>The largest page a client may ask for; more is a 400.</summary>
    public const int MaxPageSize = 500;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Encodes the last key of a page as the next cursor.</summary>
    public static string EncodeCursor(string lastKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastKey));

    /// <summary>Decodes a cursor made by <see cref="EncodeCursor"/>; false when it was not.</summary>
    public static bool TryDecodeCursor(string? cursor, out string? lastKey)
    {
        lastKey = null;
        if (cursor is null)
        {
            return true;
        }

        if (cursor.Length > CursorMaxLength)
        {
            return false;
        }

        try
        {
            lastKey = StrictUtf8.GetString(Base64Url.DecodeFromChars(cursor));
            return StorableText.IsStorable(lastKey);
        }
        catch (FormatException)
        {
            return false;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Builds the page from up to <paramref name="pageSize"/> + 1 rows read in key order.</summary>
    public static Page<T> ToPage<T>(IReadOnlyList<T> rowsPlusOne, int pageSize, Func<T, string> key)
    {
        ArgumentNullException.ThrowIfNull(rowsPlusOne);
        ArgumentNullException.ThrowIfNull(key);
        if (rowsPlusOne.Count <= pageSize)
        {
            return new Page<T>(rowsPlusOne, null);
        }

        var items = rowsPlusOne.Take(pageSize).ToList();
        return new Page<T>(items, EncodeCursor(key(items[^1])));
    }

    /// <summary>The page size rule, for a query validator.</summary>
    public static IRuleBuilderOptions<T, int> MustBeAPageSize<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPageSize).WithMessage($"pageSize must be between 1 and {MaxPageSize}.");

    /// <summary>The position a cursor made from a numeric key names: 0 (from the start) for no cursor.</summary>
    public static long DecodePosition(string? cursor) =>
        TryDecodeCursor(cursor, out var key) && key is not null ? long.Parse(key, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>The record id a cursor made from an id key names: null (from the start) for no cursor.</summary>
    public static Guid? DecodeId(string? cursor) =>
        TryDecodeCursor(cursor, out var key) && key is not null ? Guid.Parse(key, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The key of a record in a list ordered by day, then id: <c>yyyy-MM-dd/id</c>.</summary>
    public static string DayAndIdKey(DateOnly day, Guid id) => $"{day:yyyy-MM-dd}/{id}";

    /// <summary>The day and record id a cursor made from <see cref="DayAndIdKey"/> names: null (from the start) for no cursor.</summary>
    public static (DateOnly Day, Guid Id)? DecodeDayAndId(string? cursor) =>
        TryDecodeCursor(cursor, out var key) && key is not null && TryParseDayAndId(key, out var day, out var id) ? (day, id) : null;

    /// <summary>The cursor rule for lists paged by day, then id.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeADayAndIdCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(cursor => TryDecodeCursor(cursor, out var key) && (key is null || TryParseDayAndId(key, out _, out _))).WithMessage(CursorNotIssued);

    /// <summary>The cursor rule for lists paged after a record named by its id.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAnIdCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(cursor => TryDecodeCursor(cursor, out var key) && (key is null || Guid.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out _)))
            .WithMessage(CursorNotIssued);

    /// <summary>The cursor rule for lists paged by a numeric position (the order records were written in).</summary>
    public static IRuleBuilderOptions<T, string?> MustBeAPositionCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(cursor => TryDecodeCursor(cursor, out var key)
                && (key is null || long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
            .WithMessage(CursorNotIssued);

    private static bool TryParseDayAndId(string key, out DateOnly day, out Guid id)
    {
        id = Guid.Empty;
        day = default;
        return key.Split('/') is [var dayText, var idText]
            && DateOnly.TryParseExact(dayText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day)
            && Guid.TryParse(idText, System.Globalization.CultureInfo.InvariantCulture, out id);
    }

    /// <summary>The cursor rule, for a query validator.</summary>
    public static IRuleBuilderOptions<T, string?> MustBeACursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(cursor => TryDecodeCursor(cursor, out _)).WithMessage(CursorNotIssued);
}
