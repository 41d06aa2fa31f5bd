using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.Forums.Application.Reports.GetInvolvementReport;

internal sealed class GetInvolvementReportQueryValidator : AbstractValidator<GetInvolvementReportQuery>
{
    public GetInvolvementReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
        RuleFor(query => query.Quarter).InclusiveBetween(1, 4);
    }
}
