using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.ReferenceData.Application.Themes.ListThemes;

internal sealed class ListThemesQueryValidator : AbstractValidator<ListThemesQuery>
{
    public ListThemesQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeACursor();
    }
}
