using FluentValidation;

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
    }
}
