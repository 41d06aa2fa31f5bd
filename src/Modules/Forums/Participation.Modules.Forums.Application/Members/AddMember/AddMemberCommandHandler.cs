using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Members.AddMember;

internal sealed class AddMemberCommandHandler(IForumRepository forums, IMemberRepository members, ICurrentUser user, TimeProvider clock) : ICommandHandler<AddMemberCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddMemberCommand command, CancellationToken cancellationToken)
    {
        var forum = await forums.LoadAsync(new ForumId(command.ForumId), cancellationToken);
        var member = Member.Join(forum, MemberDetailsValidator.ToDetails(command), MemberConsent.Of(command, user), UkDates.Today(clock));
        members.Add(member);
        return member.Id.Value;
    }
}
