using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.Reviews.Application.Reports.GetSsda903Reviews;

internal sealed class GetSsda903ReviewsQueryValidator : AbstractValidator<GetSsda903ReviewsQuery>
{
    public GetSsda903ReviewsQueryValidator() => RuleFor(query => query.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
}
