using FluentValidation;

namespace Participation.Modules.Forums.Application.Members.AddMember;

internal sealed class AddMemberCommandValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberCommandValidator(TimeProvider clock) => Include(new MemberDetailsValidator(clock));
}
