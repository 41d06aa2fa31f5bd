using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases;

/// <summary>What ending a follow-up does beyond the closure itself.</summary>
internal static class FollowUps
{
    /// <summary>Opts the family out and closes the letter's link, so nothing more reaches or comes from it.</summary>
    public static async Task OptOutAsync(CaseClosure closure, OptOutRoute via, IInvitationRepository invitations, TimeProvider clock, CancellationToken cancellationToken)
    {
        closure.OptOut(via, UkDates.Today(clock));
        if (closure.InvitationId is { } link && await invitations.GetAsync(link, cancellationToken) is { } invitation)
        {
            invitation.Revoke(clock.GetUtcNow());
        }
    }
}
