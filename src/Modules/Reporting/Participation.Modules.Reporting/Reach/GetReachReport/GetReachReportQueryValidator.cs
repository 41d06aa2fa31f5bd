using FluentValidation;

namespace Participation.Modules.Reporting.Reach.GetReachReport;

internal sealed class GetReachReportQueryValidator : AbstractValidator<GetReachReportQuery>
{
    public GetReachReportQueryValidator() => RuleFor(query => query.Year).InclusiveBetween(2000, 2100);
}
