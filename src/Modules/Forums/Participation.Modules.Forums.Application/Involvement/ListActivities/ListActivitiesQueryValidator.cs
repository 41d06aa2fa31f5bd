using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Involvement.ListActivities;

internal sealed class ListActivitiesQueryValidator : AbstractValidator<ListActivitiesQuery>
{
    public ListActivitiesQueryValidator()
    {
        RuleFor(query => query.Kind).IsInEnum();
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAnIdCursor();
    }
}
