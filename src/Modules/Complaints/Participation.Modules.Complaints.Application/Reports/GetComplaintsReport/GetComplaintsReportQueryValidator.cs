using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Reports.GetComplaintsReport;

internal sealed class GetComplaintsReportQueryValidator : AbstractValidator<GetComplaintsReportQuery>
{
    public GetComplaintsReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
        RuleFor(query => query.Quarter).InclusiveBetween(1, 4).When(query => query.Quarter is not null);
    }
}
