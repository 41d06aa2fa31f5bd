using Microsoft.EntityFrameworkCore;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class InvitationRepository(SurveysDbContext context) : IInvitationRepository
{
    public Task<Invitation?> GetAsync(InvitationId id, CancellationToken cancellationToken) =>
        context.Invitations.SingleOrDefaultAsync(invitation => invitation.Id == id, cancellationToken);

    public Task<Invitation?> FindByTokenAsync(byte[] tokenHash, CancellationToken cancellationToken) =>
        ByTokenHash(context, tokenHash, cancellationToken);

    // Compiled once: every answer and every page a respondent opens looks its link up, and translating the LINQ again
    // on each request (the closure evaluated, the cache key computed) costs more than the indexed read. Tracked
    // whichever message compiles it first: an answer changes the link.
    private static readonly Func<SurveysDbContext, byte[], CancellationToken, Task<Invitation?>> ByTokenHash =
        EF.CompileAsyncQuery((SurveysDbContext context, byte[] tokenHash, CancellationToken cancellationToken) =>
            context.Invitations.AsTracking().SingleOrDefault(invitation => invitation.TokenHash == tokenHash));

    public void Add(Invitation invitation) => context.Invitations.Add(invitation);

    public async Task<IReadOnlyList<Invitation>> ScheduledByAsync(ReceivedCaseEventId caseEvent, CancellationToken cancellationToken) =>
        await context.Invitations.AsNoTracking().Where(invitation => invitation.CaseEventId == caseEvent).ToListAsync(cancellationToken);

    public Task DeleteForSurveysAsync(IReadOnlyList<SurveyId> surveys, CancellationToken cancellationToken) =>
        context.Invitations.Where(invitation => surveys.Contains(invitation.SurveyId)).ExecuteDeleteAsync(cancellationToken);
}
