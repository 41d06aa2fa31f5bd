using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Application.ClosedCases;

/// <summary>What a closure's follow-up does beyond the closure itself: the letter's link.</summary>
internal static class FollowUps
{
    /// <summary>The single-use link the closure's letter carries, tracked; null before the letter is written.</summary>
    public static async Task<Invitation?> LetterLinkAsync(this IInvitationRepository invitations, CaseClosure closure, CancellationToken cancellationToken) =>
        closure.InvitationId is { } link ? await invitations.GetAsync(link, cancellationToken) : null;

    /// <summary>
    /// The closure whose letter carries <paramref name="link"/>; or none, with the day its follow-up ended, when the
    /// family answered an anonymous questionnaire through it (the closure then let go of the link,
    /// docs/domain/data-protection-and-retention.md). Any other link is not found.
    /// </summary>
    public static async Task<(CaseClosure? Closure, DateOnly? EndedOn)> OfLetterLinkAsync(this ICaseClosureRepository closures, ISurveyRepository surveys, Invitation link, CancellationToken cancellationToken)
    {
        if (await closures.FindByInvitationAsync(link.Id, cancellationToken) is { } closure)
        {
            return (closure, null);
        }

        return link.AnsweredOn is { } answeredOn && await surveys.GetAsync(link.SurveyId, cancellationToken) is { Draft: { Purpose: SurveyPurpose.ClosedCase, Anonymous: true } }
            ? (null, answeredOn)
            : throw new NotFoundException("Link", "that was given");
    }

    /// <summary>Opts the family out and closes the letter's link, so nothing more reaches or comes from it.</summary>
    public static void OptOut(CaseClosure closure, Invitation? letterLink, OptOutRoute via, TimeProvider clock)
    {
        closure.OptOut(via, UkDates.Today(clock));
        letterLink?.Revoke(clock.GetUtcNow());
    }
}
