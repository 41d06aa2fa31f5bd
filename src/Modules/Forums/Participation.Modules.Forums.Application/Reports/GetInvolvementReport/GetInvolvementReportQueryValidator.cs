using FluentValidation;

namespace Participation.Modules.Forums.Application.Reports.GetInvolvementReport;

internal sealed class GetInvolvementReportQueryValidator : AbstractValidator<GetInvolvementReportQuery>
{
    public GetInvolvementReportQueryValidator()
    {
        RuleFor(query => query.Year).InclusiveBetween(2000, 2100);
        RuleFor(query => query.Quarter).InclusiveBetween(1, 4);
    }
}
