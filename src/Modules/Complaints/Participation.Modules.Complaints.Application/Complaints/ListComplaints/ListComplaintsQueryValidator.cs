using Participation.Modules.Complaints.Domain.Complaints;
using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Complaints.Application.Complaints.ListComplaints;

internal sealed class ListComplaintsQueryValidator : AbstractValidator<ListComplaintsQuery>
{
    public ListComplaintsQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAPositionCursor();
        RuleFor(query => query.DueWithinWorkingDays).InclusiveBetween(0, Timescales.Stage2MaximumWorkingDays);
        RuleFor(query => query.ReceivedTo).GreaterThanOrEqualTo(query => query.ReceivedFrom).When(query => query.ReceivedFrom is not null && query.ReceivedTo is not null)
            .WithMessage("receivedTo must not be before receivedFrom.");
        RuleFor(query => query.DueWithinWorkingDays).Null().When(query => query.Overdue).WithMessage("Ask for overdue or for due within, not both.");
    }
}
