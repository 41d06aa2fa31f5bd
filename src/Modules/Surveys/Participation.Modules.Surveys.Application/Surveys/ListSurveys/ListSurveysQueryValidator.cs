using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Surveys.Application.Surveys.ListSurveys;

internal sealed class ListSurveysQueryValidator : AbstractValidator<ListSurveysQuery>
{
    public ListSurveysQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeAnIdCursor();
    }
}
