using Microsoft.EntityFrameworkCore;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class ReceivedCaseEventRepository(SurveysDbContext context) : IReceivedCaseEventRepository
{
    public Task<ReceivedCaseEvent?> GetAsync(ReceivedCaseEventId id, CancellationToken cancellationToken) =>
        context.CaseEvents.SingleOrDefaultAsync(caseEvent => caseEvent.Id == id, cancellationToken);

    public void Add(ReceivedCaseEvent caseEvent) => context.CaseEvents.Add(caseEvent);

    public Task<ReceivedCaseEvent?> FindAsync(Guid partnerId, string eventId, CancellationToken cancellationToken) =>
        context.CaseEvents.AsNoTracking().SingleOrDefaultAsync(caseEvent => caseEvent.PartnerId == partnerId && caseEvent.EventId == eventId, cancellationToken);

    public Task DeleteUnusedReceivedBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken) =>
        context.CaseEvents
            .Where(caseEvent => caseEvent.ReceivedAt < instant && !context.Invitations.Any(invitation => invitation.CaseEventId == caseEvent.Id))
            .ExecuteDeleteAsync(cancellationToken);
}
