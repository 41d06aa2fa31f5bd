using Participation.BuildingBlocks.Domain.Reporting;
using FluentValidation;

namespace Participation.Modules.CommissionedServices.Application.Returns.OpenReturn;

internal sealed class OpenReturnCommandValidator : AbstractValidator<OpenReturnCommand>
{
    public OpenReturnCommandValidator()
    {
        RuleFor(command => command.Year).InclusiveBetween(ReportPeriod.FirstYear, ReportPeriod.LastYear);
        RuleFor(command => command.Period).Must(ReturnSchedule.IsPeriodCode).WithMessage("period must be q1, q2, q3, q4, h1 or h2.");
    }
}
