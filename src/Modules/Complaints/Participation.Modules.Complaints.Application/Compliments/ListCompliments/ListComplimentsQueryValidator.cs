using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Complaints.Application.Compliments.ListCompliments;

internal sealed class ListComplimentsQueryValidator : AbstractValidator<ListComplimentsQuery>
{
    public ListComplimentsQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAPositionCursor();
        RuleFor(query => query.ReceivedTo).GreaterThanOrEqualTo(query => query.ReceivedFrom).When(query => query.ReceivedFrom is not null && query.ReceivedTo is not null)
            .WithMessage("receivedTo must not be before receivedFrom.");
    }
}
