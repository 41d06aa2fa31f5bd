using System.Linq.Expressions;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.UnitTests.Platform;

public sealed class QuerySwitchesTests
{
    private static readonly Expression<Func<int[], bool, bool, int, int, int, int[]>> Query =
        (numbers, everything, evensOnly, above, below, take) =>
            numbers.Where(number => everything || ((!evensOnly || number % 2 == 0) && number > above && number < below)).Take(take).ToArray();

    [Theory]
    [InlineData(false, false, new[] { 3, 4, 5 })]
    [InlineData(false, true, new[] { 4 })]
    [InlineData(true, false, new[] { 1, 2, 3, 4, 5, 6 })]
    [InlineData(true, true, new[] { 1, 2, 3, 4, 5, 6 })]
    public void The_switches_become_constants_and_the_other_parameters_stay(bool everything, bool evensOnly, int[] expected)
    {
        var fixedQuery = QuerySwitches.Fix(Query, everything, evensOnly);

        Assert.Equal(["numbers", "above", "below", "take"], fixedQuery.Parameters.Select(parameter => parameter.Name));
        Assert.Equal(expected, fixedQuery.Compile()([1, 2, 3, 4, 5, 6], 2, 6, 10));
    }
}
