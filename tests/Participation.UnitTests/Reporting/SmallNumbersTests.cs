using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.UnitTests.Reporting;

public sealed class SmallNumbersTests
{
    [Fact]
    public void A_lone_small_cell_in_a_breakdown_takes_the_smallest_shown_cell_with_it()
    {
        var shown = SmallNumbers.Breakdown([new("camhs", 12), new("fostering", 3), new("adoption", 7), new("schools", 40)]);

        Assert.Equal(new CountFigure(null, Suppression.Small), shown["fostering"]);
        Assert.Equal(new CountFigure(null, Suppression.Protecting), shown["adoption"]);
        Assert.Equal(new CountFigure(12, null), shown["camhs"]);
        Assert.Equal(new CountFigure(40, null), shown["schools"]);
    }

    [Fact]
    public void Two_small_cells_cannot_be_derived_and_nothing_more_is_suppressed() =>
        Assert.Equal(
            new Dictionary<string, CountFigure> { ["a"] = new(null, Suppression.Small), ["b"] = new(null, Suppression.Small), ["c"] = new(9, null) },
            SmallNumbers.Breakdown([new("c", 9), new("a", 2), new("b", 4)]));

    [Fact]
    public void A_lone_small_cell_that_is_the_whole_total_is_suppressed_alone_as_the_total_is_small_too()
    {
        Assert.Equal(new Dictionary<string, CountFigure> { ["only"] = new(null, Suppression.Small) }, SmallNumbers.Breakdown([new("only", 3)]));
        Assert.Equal(new CountFigure(null, Suppression.Small), SmallNumbers.Count(3));
    }

    [Fact]
    public void Without_a_small_cell_every_count_is_shown() =>
        Assert.Equal(
            new Dictionary<string, CountFigure> { ["a"] = new(5, null), ["b"] = new(0, null) },
            SmallNumbers.Breakdown([new("b", 0), new("a", 5)]));

    [Fact]
    public void A_breakdown_of_a_withheld_cell_is_withheld_whole() =>
        Assert.Equal(
            new Dictionary<string, CountFigure> { ["none-yet"] = new(null, Suppression.Protecting), ["upheld"] = new(null, Suppression.Small), ["withdrawn"] = new(null, Suppression.Protecting) },
            SmallNumbers.WithheldWithItsTotal([new("upheld", 2), new("none-yet", 9), new("withdrawn", 0)]));
}
