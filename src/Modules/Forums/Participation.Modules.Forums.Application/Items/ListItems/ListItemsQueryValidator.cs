using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Items.ListItems;

internal sealed class ListItemsQueryValidator : AbstractValidator<ListItemsQuery>
{
    public ListItemsQueryValidator()
    {
        RuleFor(query => query.Status).IsInEnum();
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAnIdCursor();
    }
}
