using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Forums.ListForums;

internal sealed class ListForumsQueryValidator : AbstractValidator<ListForumsQuery>
{
    public ListForumsQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).Must(cursor => ForumListCursor.TryDecode(cursor, out _)).WithMessage(Paging.CursorNotIssued);
    }
}
