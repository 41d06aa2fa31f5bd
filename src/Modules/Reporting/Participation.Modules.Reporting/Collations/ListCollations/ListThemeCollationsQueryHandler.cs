using System.Globalization;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Reporting.Collations.ListCollations;

internal sealed class ListThemeCollationsQueryHandler(ThemeCollationStore collations) : IQueryHandler<ListThemeCollationsQuery, Page<ThemeCollationSummary>>
{
    public async ValueTask<Page<ThemeCollationSummary>> Handle(ListThemeCollationsQuery query, CancellationToken cancellationToken)
    {
        // Numbers are ints; a made-up position past them has nothing after it, rather than wrapping round to the start.
        var after = (int)Math.Min(Paging.DecodePosition(query.Cursor), int.MaxValue);
        var rows = await collations.ListAsync(after, query.PageSize + 1, cancellationToken);
        return Paging.ToPage(rows, query.PageSize, collation => collation.Number.ToString(CultureInfo.InvariantCulture));
    }
}
