using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.UnitTests.Reporting;

public sealed class SmallNumbersTests
{
    [Fact]
    public void A_lone_small_cell_in_a_breakdown_takes_the_smallest_shown_cell_with_it()
    {
        var shown = SmallNumbers.Breakdown([new("camhs", 12), new("fostering", 3), new("adoption", 7), new("schools", 40)]);

        Assert.Equal("<5", shown["fostering"]);
        Assert.Equal(SmallNumbers.Protecting, shown["adoption"]);
        Assert.Equal("12", shown["camhs"]);
        Assert.Equal("40", shown["schools"]);
    }

    [Fact]
    public void Two_small_cells_cannot_be_derived_and_nothing_more_is_suppressed() =>
        Assert.Equal(
            new Dictionary<string, string> { ["a"] = "<5", ["b"] = "<5", ["c"] = "9" },
            SmallNumbers.Breakdown([new("c", 9), new("a", 2), new("b", 4)]));

    [Fact]
    public void A_lone_small_cell_that_is_the_whole_total_is_suppressed_alone_as_the_total_is_small_too()
    {
        Assert.Equal(new Dictionary<string, string> { ["only"] = "<5" }, SmallNumbers.Breakdown([new("only", 3)]));
        Assert.Equal("<5", SmallNumbers.Count(3));
    }

    [Fact]
    public void Without_a_small_cell_every_count_is_shown() =>
        Assert.Equal(
            new Dictionary<string, string> { ["a"] = "5", ["b"] = "0" },
            SmallNumbers.Breakdown([new("b", 0), new("a", 5)]));
}
