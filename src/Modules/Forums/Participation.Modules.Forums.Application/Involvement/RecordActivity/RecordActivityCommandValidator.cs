using FluentValidation;

namespace Participation.Modules.Forums.Application.Involvement.RecordActivity;

internal sealed class RecordActivityCommandValidator : AbstractValidator<RecordActivityCommand>
{
    public RecordActivityCommandValidator() => Include(new ActivityDetailsValidator());
}
