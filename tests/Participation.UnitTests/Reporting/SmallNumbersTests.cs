using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.UnitTests.Reporting;

public sealed class SmallNumbersTests
{
    [Fact]
    public void Given_one_small_cell_in_a_breakdown_Then_the_smallest_shown_cell_is_suppressed_with_it()
    {
        var shown = SmallNumbers.Breakdown([new("camhs", 12), new("fostering", 3), new("adoption", 7), new("schools", 40)]);

        Assert.Equal("<5", shown["fostering"]);
        Assert.Equal(SmallNumbers.Protecting, shown["adoption"]);
        Assert.Equal("12", shown["camhs"]);
        Assert.Equal("40", shown["schools"]);
    }

    [Fact]
    public void Given_two_small_cells_Then_neither_can_be_derived_and_nothing_more_is_suppressed() =>
        Assert.Equal(
            new Dictionary<string, string> { ["a"] = "<5", ["b"] = "<5", ["c"] = "9" },
            SmallNumbers.Breakdown([new("c", 9), new("a", 2), new("b", 4)]));

    [Fact]
    public void Given_a_lone_small_cell_that_is_the_whole_total_Then_only_it_is_suppressed_as_the_total_is_small_too()
    {
        Assert.Equal(new Dictionary<string, string> { ["only"] = "<5" }, SmallNumbers.Breakdown([new("only", 3)]));
        Assert.Equal("<5", SmallNumbers.Count(3));
    }

    [Fact]
    public void Given_no_small_cell_Then_every_count_is_shown() =>
        Assert.Equal(
            new Dictionary<string, string> { ["a"] = "5", ["b"] = "0" },
            SmallNumbers.Breakdown([new("b", 0), new("a", 5)]));
}
