using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain;

namespace Participation.UnitTests;

public sealed class PagingTests
{
    [Fact]
    public void A_page_with_one_row_more_than_asked_carries_the_cursor_of_its_last_item()
    {
        var page = Paging.ToPage(["a", "b", "c"], pageSize: 2, key: item => item);

        Assert.Equal(["a", "b"], page.Items);
        Assert.True(Paging.TryDecodeCursor(page.NextCursor, out var lastKey));
        Assert.Equal("b", lastKey);
    }

    [Fact]
    public void The_last_page_has_no_cursor()
    {
        Assert.Null(Paging.ToPage(["a", "b"], pageSize: 2, key: item => item).NextCursor);
    }

    [Fact]
    public void The_cursor_after_the_longest_name_in_three_byte_characters_is_one_the_api_takes_back()
    {
        var cursor = Paging.ToPage([new string('€', TextLengths.Name) + "|" + Guid.NewGuid(), "next"], pageSize: 1, key: item => item).NextCursor;

        Assert.True(Paging.TryDecodeCursor(cursor, out var lastKey));
        Assert.StartsWith(new string('€', TextLengths.Name), lastKey, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cursor_the_api_did_not_issue_is_refused()
    {
        Assert.False(Paging.TryDecodeCursor("%%%", out _));
    }
}
