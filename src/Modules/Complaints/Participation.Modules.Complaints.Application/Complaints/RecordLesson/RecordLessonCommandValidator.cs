using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.RecordLesson;

internal sealed class RecordLessonCommandValidator : AbstractValidator<RecordLessonCommand>
{
    public RecordLessonCommandValidator()
    {
        RuleFor(command => command.Description).NotEmpty().MaximumLength(1000);
        RuleFor(command => command.Action).NotEmpty().MaximumLength(1000);
        RuleFor(command => command.Owner).NotEmpty().MaximumLength(200);
    }
}
