using FluentValidation;

namespace Participation.Modules.Forums.Application.Forums.UpdateForum;

internal sealed class UpdateForumCommandValidator : AbstractValidator<UpdateForumCommand>
{
    public UpdateForumCommandValidator() => Include(new ForumDetailsValidator());
}
