using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Reporting.Collations.ListCollations;

internal sealed class ListThemeCollationsQueryValidator : AbstractValidator<ListThemeCollationsQuery>
{
    public ListThemeCollationsQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAPositionCursor();
    }
}
