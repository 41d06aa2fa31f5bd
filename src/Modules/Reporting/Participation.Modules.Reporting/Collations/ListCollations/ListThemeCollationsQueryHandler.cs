using System.Globalization;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Reporting.Collations.ListCollations;

internal sealed class ListThemeCollationsQueryHandler(ThemeCollationStore collations) : IQueryHandler<ListThemeCollationsQuery, Page<ThemeCollationSummary>>
{
    public async ValueTask<Page<ThemeCollationSummary>> Handle(ListThemeCollationsQuery query, CancellationToken cancellationToken)
    {
        var rows = await collations.ListAsync((int)Paging.DecodePosition(query.Cursor), query.PageSize + 1, cancellationToken);
        return Paging.ToPage(rows, query.PageSize, collation => collation.Number.ToString(CultureInfo.InvariantCulture));
    }
}
