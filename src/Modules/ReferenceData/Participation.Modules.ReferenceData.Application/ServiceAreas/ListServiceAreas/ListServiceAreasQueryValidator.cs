using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.ListServiceAreas;

internal sealed class ListServiceAreasQueryValidator : AbstractValidator<ListServiceAreasQuery>
{
    public ListServiceAreasQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeACursor();
    }
}
