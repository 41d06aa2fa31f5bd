using Participation.BuildingBlocks.Application.Paging;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Reads a page from a compiled query, which streams its rows rather than listing them.</summary>
public static class CompiledPages
{
    /// <summary>The rows of a page of at most <paramref name="take"/>, in order.</summary>
    public static async Task<List<T>> ToPageAsync<T>(this IAsyncEnumerable<T> rows, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);

        // Sized for a default page at once rather than grown from four.
        var page = new List<T>(Math.Min(take, Paging.DefaultPageSize + 1));
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            page.Add(row);
        }

        return page;
    }
}
