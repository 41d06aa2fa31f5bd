using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.LogComplaint;

internal sealed class LogComplaintCommandValidator : AbstractValidator<LogComplaintCommand>
{

    public LogComplaintCommandValidator()
    {
        RuleFor(command => command.ServiceArea).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(command => command.Category).NotEmpty().MaximumLength(TextLengths.Category);
        RuleFor(command => command.Summary).NotEmpty().MaximumLength(TextLengths.Statement);
        RuleFor(command => command.Points).NotEmpty().WithMessage("points must list at least one point of complaint.")
            .Must(points => points is null || points.Count <= 50).WithMessage("At most 50 points.");
        RuleForEach(command => command.Points).NotEmpty().MaximumLength(TextLengths.Reason);
        RuleFor(command => command.ChildCaseReference).MaximumLength(TextLengths.Code);
        RuleFor(command => command.LateAcceptanceReason).MaximumLength(TextLengths.Reason);
    }
}
