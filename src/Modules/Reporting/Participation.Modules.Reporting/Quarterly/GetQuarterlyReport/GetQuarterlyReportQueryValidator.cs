using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.Reporting.Quarterly.GetQuarterlyReport;

internal sealed class GetQuarterlyReportQueryValidator : AbstractValidator<GetQuarterlyReportQuery>
{
    public GetQuarterlyReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
        RuleFor(query => query.Quarter).InclusiveBetween(1, 4);
    }
}
