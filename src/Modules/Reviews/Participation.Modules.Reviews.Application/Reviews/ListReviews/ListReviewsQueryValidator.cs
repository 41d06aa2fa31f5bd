using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Reviews.Application.Reviews.ListReviews;

internal sealed class ListReviewsQueryValidator : AbstractValidator<ListReviewsQuery>
{
    public ListReviewsQueryValidator()
    {
        RuleFor(query => query.Kind).IsInEnum();
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAnIdCursor();
    }
}
