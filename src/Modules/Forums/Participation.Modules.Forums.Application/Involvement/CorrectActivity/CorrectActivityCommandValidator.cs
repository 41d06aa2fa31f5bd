using FluentValidation;

namespace Participation.Modules.Forums.Application.Involvement.CorrectActivity;

internal sealed class CorrectActivityCommandValidator : AbstractValidator<CorrectActivityCommand>
{
    public CorrectActivityCommandValidator() => Include(new ActivityDetailsValidator());
}
