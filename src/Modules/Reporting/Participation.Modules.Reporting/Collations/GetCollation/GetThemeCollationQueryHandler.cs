using Mediator;
using Participation.BuildingBlocks.Application.Errors;

namespace Participation.Modules.Reporting.Collations.GetCollation;

internal sealed class GetThemeCollationQueryHandler(ThemeCollationStore collations) : IQueryHandler<GetThemeCollationQuery, ThemeCollationReport>
{
    public async ValueTask<ThemeCollationReport> Handle(GetThemeCollationQuery query, CancellationToken cancellationToken)
    {
        var found = query.Id is { } id
            ? await collations.GetAsync(id, cancellationToken)
            : HalfYear.TryParse(query.HalfYear, out var half) ? await collations.FindAsync(half.Value, cancellationToken) : null;
        return found ?? throw new NotFoundException("Theme collation", (object?)query.Id ?? query.HalfYear!);
    }
}
