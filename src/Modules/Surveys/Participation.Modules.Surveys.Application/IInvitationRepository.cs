using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application;

/// <summary>Invitations to answer surveys.</summary>
public interface IInvitationRepository : IRepository<Invitation, InvitationId>
{
    /// <summary>The invitation whose token hashes to <paramref name="tokenHash"/>, tracked, or null.</summary>
    Task<Invitation?> FindByTokenAsync(byte[] tokenHash, CancellationToken cancellationToken);

    /// <summary>The links <paramref name="caseEvent"/> scheduled, in the order they were made; untracked.</summary>
    Task<IReadOnlyList<Invitation>> ScheduledByAsync(ReceivedCaseEventId caseEvent, CancellationToken cancellationToken);

    /// <summary>Deletes every link to <paramref name="surveys"/> at once.</summary>
    Task DeleteForSurveysAsync(IReadOnlyList<SurveyId> surveys, CancellationToken cancellationToken);
}
