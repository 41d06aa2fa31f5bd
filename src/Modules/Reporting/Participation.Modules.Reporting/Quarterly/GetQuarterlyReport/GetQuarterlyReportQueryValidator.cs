using FluentValidation;

namespace Participation.Modules.Reporting.Quarterly.GetQuarterlyReport;

internal sealed class GetQuarterlyReportQueryValidator : AbstractValidator<GetQuarterlyReportQuery>
{
    public GetQuarterlyReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(2000, 2100);
        RuleFor(query => query.Quarter).InclusiveBetween(1, 4);
    }
}
