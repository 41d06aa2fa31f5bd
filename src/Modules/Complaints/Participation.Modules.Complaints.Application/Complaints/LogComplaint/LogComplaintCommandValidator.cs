using FluentValidation;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.LogComplaint;

internal sealed class LogComplaintCommandValidator : AbstractValidator<LogComplaintCommand>
{
    public const int MaxSummaryLength = 2000;
    public const int MaxPointLength = 1000;

    public LogComplaintCommandValidator()
    {
        RuleFor(command => command.ServiceArea).NotEmpty().MaximumLength(64);
        RuleFor(command => command.Category).NotEmpty().MaximumLength(100);
        RuleFor(command => command.Summary).NotEmpty().MaximumLength(MaxSummaryLength);
        RuleFor(command => command.Points).NotEmpty().WithMessage("points must list at least one point of complaint.")
            .Must(points => points is null || points.Count <= 50).WithMessage("At most 50 points.");
        RuleForEach(command => command.Points).NotEmpty().MaximumLength(MaxPointLength);
        RuleFor(command => command.ChildCaseReference).MaximumLength(64);
        RuleFor(command => command.LateAcceptanceReason).MaximumLength(1000);
        // Only the 2006 England procedure's clocks are built so far; the SPSO model's (5 and 20 working days) are not.
        RuleFor(command => command.Procedure).Equal(ComplaintProcedure.Statutory2006)
            .WithMessage("Only the statutory-2006 procedure is supported so far.");
    }
}
