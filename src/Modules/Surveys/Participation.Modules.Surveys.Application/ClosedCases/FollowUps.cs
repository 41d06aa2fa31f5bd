using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Application.ClosedCases;

/// <summary>What a closure's follow-up does beyond the closure itself: the letter's link.</summary>
internal static class FollowUps
{
    /// <summary>The single-use link the closure's letter carries, tracked; null before the letter is written.</summary>
    public static async Task<Invitation?> LetterLinkAsync(this IInvitationRepository invitations, CaseClosure closure, CancellationToken cancellationToken) =>
        closure.InvitationId is { } link ? await invitations.GetAsync(link, cancellationToken) : null;

    /// <summary>Opts the family out and closes the letter's link, so nothing more reaches or comes from it.</summary>
    public static void OptOut(CaseClosure closure, Invitation? letterLink, OptOutRoute via, TimeProvider clock)
    {
        closure.OptOut(via, UkDates.Today(clock));
        letterLink?.Revoke(clock.GetUtcNow());
    }
}
