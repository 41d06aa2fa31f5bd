using FluentValidation;

namespace Participation.Modules.Reviews.Application.Reports.GetReviewReport;

internal sealed class GetReviewReportQueryValidator : AbstractValidator<GetReviewReportQuery>
{
    public GetReviewReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(2000, 2100);
        RuleFor(query => query.Quarter).InclusiveBetween(1, 4);
    }
}
