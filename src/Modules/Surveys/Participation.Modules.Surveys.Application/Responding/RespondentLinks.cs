using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Application.Invitations;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Application.Responding;

/// <summary>The invitation behind a respondent's token.</summary>
public sealed class RespondentLinks(IInvitationRepository invitations)
{
    /// <summary>The page a respondent follows for <paramref name="token"/>; the children's app answers on <c>/api/v1/respond/{token}</c>.</summary>
    public static string LinkFor(string token) => $"/respond/{token}";

    /// <summary>The page where a closed case's family opts out of its follow-up through the link in its letter.</summary>
    public static string OptOutLinkFor(string token) => $"/respond/{token}/opt-out";

    /// <summary>The invitation; 404 for a token never issued (or malformed), without saying which.</summary>
    public async Task<Invitation> FindAsync(string token, CancellationToken cancellationToken) =>
        token.Length == InvitationTokens.Length && await invitations.FindByTokenAsync(InvitationTokens.Hash(token), cancellationToken) is { } invitation
            ? invitation
            : throw new NotFoundException("Link", "that was given");
}
