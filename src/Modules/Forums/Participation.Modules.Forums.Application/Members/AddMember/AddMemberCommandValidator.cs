using FluentValidation;

namespace Participation.Modules.Forums.Application.Members.AddMember;

internal sealed class AddMemberCommandValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberCommandValidator() => Include(new MemberDetailsValidator());
}
