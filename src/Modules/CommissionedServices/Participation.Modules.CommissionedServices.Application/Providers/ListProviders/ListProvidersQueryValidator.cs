using FluentValidation;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.CommissionedServices.Application.Providers.ListProviders;

internal sealed class ListProvidersQueryValidator : AbstractValidator<ListProvidersQuery>
{
    public ListProvidersQueryValidator()
    {
        RuleFor(query => query.PageSize).MustBeAPageSize();
        RuleFor(query => query.Cursor).MustBeACursor();
    }
}
