using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Forums.ListForums;

internal sealed class ListForumsQueryValidator : AbstractValidator<ListForumsQuery>
{
    public ListForumsQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor)
            .Must(cursor => Paging.TryDecodeCursor(cursor, out var key) && (key is null || (key.LastIndexOf('|') is var bar and > 0 && Guid.TryParse(key[(bar + 1)..], System.Globalization.CultureInfo.InvariantCulture, out _))))
            .WithMessage(Paging.CursorNotIssued);
    }
}
