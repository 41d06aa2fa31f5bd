using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.CommissionedServices.Application.Returns.GetReturnsReport;

internal sealed class GetReturnsReportQueryValidator : AbstractValidator<GetReturnsReportQuery>
{
    public GetReturnsReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
        RuleFor(query => query.Period).Must(ReturnSchedule.IsPeriodCode).WithMessage("period must be q1, q2, q3, q4, h1 or h2.");
    }
}
