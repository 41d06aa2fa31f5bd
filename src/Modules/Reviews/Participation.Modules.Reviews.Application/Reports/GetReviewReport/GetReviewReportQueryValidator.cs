using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.Reviews.Application.Reports.GetReviewReport;

internal sealed class GetReviewReportQueryValidator : AbstractValidator<GetReviewReportQuery>
{
    public GetReviewReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
        RuleFor(query => query.Quarter).InclusiveBetween(1, 4);
    }
}
