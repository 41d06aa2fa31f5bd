using Participation.BuildingBlocks.Application.Security;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Members;

/// <summary>The consent a command records, with the officer recording it.</summary>
internal static class MemberConsent
{
    public static Consent Of(IMemberDetailsCommand command, ICurrentUser user) =>
        new(command.ConsentGivenBy, command.ConsentGivenOn, user.Id ?? throw new InvalidOperationException("Consent is recorded by a member of staff."));
}
