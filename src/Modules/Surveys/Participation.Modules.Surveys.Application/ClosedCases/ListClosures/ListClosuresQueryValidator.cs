using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Surveys.Application.ClosedCases.ListClosures;

internal sealed class ListClosuresQueryValidator : AbstractValidator<ListClosuresQuery>
{
    public ListClosuresQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAnIdCursor();
    }
}
