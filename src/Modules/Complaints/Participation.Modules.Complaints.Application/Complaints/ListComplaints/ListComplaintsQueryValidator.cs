using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Complaints.Application.Complaints.ListComplaints;

internal sealed class ListComplaintsQueryValidator : AbstractValidator<ListComplaintsQuery>
{
    public ListComplaintsQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor)
            .Must(cursor => Paging.TryDecodeCursor(cursor, out var key) && (key is null || long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)))
            .WithMessage("cursor is not one this API issued.");
        RuleFor(query => query.DueWithinWorkingDays).InclusiveBetween(0, 65);
        RuleFor(query => query.DueWithinWorkingDays).Null().When(query => query.Overdue).WithMessage("Ask for overdue or for due within, not both.");
    }
}
