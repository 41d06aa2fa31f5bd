using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.PublicBoard.ListPublishedItems;

internal sealed class ListPublishedItemsQueryValidator : AbstractValidator<ListPublishedItemsQuery>
{
    public ListPublishedItemsQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).Must(cursor => BoardCursor.TryDecode(cursor, out _)).WithMessage(Paging.CursorNotIssued);
    }
}
