using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.Surveys.Application.ClosedCases.Reports.GetClosedCaseReport;

internal sealed class GetClosedCaseReportQueryValidator : AbstractValidator<GetClosedCaseReportQuery>
{
    public GetClosedCaseReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear).WithMessage($"year must be the first calendar year of a financial year, {ReportPeriod.FirstYear} to {ReportPeriod.LastYear}.");
        RuleFor(query => query.Quarter).InclusiveBetween(1, 4).WithMessage("quarter must be 1 (April to June) to 4 (January to March).");
    }
}
