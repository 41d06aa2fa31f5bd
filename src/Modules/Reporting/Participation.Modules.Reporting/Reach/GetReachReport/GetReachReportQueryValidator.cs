using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.Reporting.Reach.GetReachReport;

internal sealed class GetReachReportQueryValidator : AbstractValidator<GetReachReportQuery>
{
    public GetReachReportQueryValidator() => RuleFor(query => query.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
}
