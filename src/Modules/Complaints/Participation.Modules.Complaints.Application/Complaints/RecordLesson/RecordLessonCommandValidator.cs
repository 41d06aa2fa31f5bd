using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.RecordLesson;

internal sealed class RecordLessonCommandValidator : AbstractValidator<RecordLessonCommand>
{
    public RecordLessonCommandValidator()
    {
        RuleFor(command => command.Description).NotEmpty().MaximumLength(TextLengths.Reason);
        RuleFor(command => command.Action).NotEmpty().MaximumLength(TextLengths.Reason);
        RuleFor(command => command.Owner).NotEmpty().MaximumLength(TextLengths.Name);
    }
}
