using FluentValidation;

namespace Participation.Modules.Forums.Application.Members.UpdateMember;

internal sealed class UpdateMemberCommandValidator : AbstractValidator<UpdateMemberCommand>
{
    public UpdateMemberCommandValidator(TimeProvider clock) => Include(new MemberDetailsValidator(clock));
}
