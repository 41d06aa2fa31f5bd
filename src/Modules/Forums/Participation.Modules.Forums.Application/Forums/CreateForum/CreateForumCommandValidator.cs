using FluentValidation;

namespace Participation.Modules.Forums.Application.Forums.CreateForum;

internal sealed class CreateForumCommandValidator : AbstractValidator<CreateForumCommand>
{
    public CreateForumCommandValidator() => Include(new ForumDetailsValidator());
}
