using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class CaseClosureRepository(SurveysDbContext context) : ICaseClosureRepository
{
    public Task<CaseClosure?> GetAsync(CaseClosureId id, CancellationToken cancellationToken) =>
        context.CaseClosures.SingleOrDefaultAsync(closure => closure.Id == id, cancellationToken);

    public void Add(CaseClosure aggregate) => context.CaseClosures.Add(aggregate);

    public async Task<IReadOnlyList<CaseClosure>> FindByClosureIdsAsync(Guid? partnerId, IReadOnlyCollection<string> closureIds, CancellationToken cancellationToken) =>
        await context.CaseClosures.Where(closure => closure.PartnerId == partnerId && closureIds.Contains(closure.ClosureId)).ToListAsync(cancellationToken);

    public Task<CaseClosure?> FindByInvitationAsync(InvitationId invitation, CancellationToken cancellationToken) =>
        context.CaseClosures.SingleOrDefaultAsync(closure => closure.InvitationId == invitation, cancellationToken);

    public async Task<IReadOnlyList<CaseClosure>> ListAsync(LetterStatus? status, bool onCallListOnly, Guid? afterId, int take, CancellationToken cancellationToken)
    {
        var closures = context.CaseClosures.AsNoTracking();
        if (status is { } letter)
        {
            closures = closures.Where(closure => closure.LetterStatus == letter);
        }

        if (onCallListOnly)
        {
            closures = closures.Where(closure => closure.Drawn && closure.FollowUpEndedOn == null);
        }

        if (afterId is { } after)
        {
            var afterClosure = new CaseClosureId(after);
            closures = closures.Where(closure => closure.Id > afterClosure);
        }

        return await closures.OrderBy(closure => closure.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseClosure>> InLetterStatusAsync(LetterStatus status, int take, CancellationToken cancellationToken) =>
        await context.CaseClosures.Where(closure => closure.LetterStatus == status).OrderBy(closure => closure.Id).Take(take).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CaseClosure>> AwaitingLetterAsync(IReadOnlyCollection<string> serviceAreas, int take, CancellationToken cancellationToken) =>
        await AwaitingLetter().Where(closure => serviceAreas.Contains(closure.ServiceArea)).OrderBy(closure => closure.Id).Take(take).ToListAsync(cancellationToken);

    public Task<int> AwaitingLetterElsewhereAsync(IReadOnlyCollection<string> serviceAreas, CancellationToken cancellationToken) =>
        AwaitingLetter().CountAsync(closure => !serviceAreas.Contains(closure.ServiceArea), cancellationToken);

    public async Task<IReadOnlyList<CaseClosure>> PrintBatchAsync(DateOnly day, CancellationToken cancellationToken) =>
        await context.CaseClosures
            .Where(closure => closure.LetterDate == day && closure.LetterChannel == LetterChannel.Post && closure.OptedOutOn == null && closure.AddresseeName != null && closure.InvitationId != null)
            .OrderBy(closure => closure.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CaseClosure>> EligibleForSampleAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        await context.CaseClosures
            .Where(closure => closure.ClosedOn >= period.From && closure.ClosedOn <= period.To
                && closure.SampleDrawId == null && closure.OptedOutOn == null && closure.RespondedOn == null && closure.FollowUpEndedOn == null
                && closure.Phone != null
                && (closure.LetterStatus == LetterStatus.Sent || closure.LetterStatus == LetterStatus.Printed))
            .OrderBy(closure => closure.Id)
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CaseClosure>> HoldingContactAsync(DateOnly letterOnOrBefore, CaseClosureId? after, int take, CancellationToken cancellationToken)
    {
        var receivedBefore = UkDates.StartOf(letterOnOrBefore.AddDays(1));
        var candidates = context.CaseClosures.AsNoTracking()
            .Where(closure => closure.AddresseeName != null
                && (closure.FollowUpEndedOn != null || closure.LetterDate <= letterOnOrBefore || (closure.LetterDate == null && closure.ReceivedAt < receivedBefore)));
        if (after is { } last)
        {
            candidates = candidates.Where(closure => closure.Id > last);
        }

        return await candidates
            .OrderBy(closure => closure.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
    }

    /// <summary>As <see cref="CaseClosure.AwaitsLetter"/>, in SQL, so closures that cannot be written never fill a run's batch.</summary>
    private IQueryable<CaseClosure> AwaitingLetter() =>
        context.CaseClosures.Where(closure => closure.LetterStatus == LetterStatus.Waiting
            && closure.OptedOutOn == null && closure.FollowUpEndedOn == null && closure.AddresseeName != null);

    public async Task<IReadOnlyList<CaseClosure>> ClosedInAsync(ReportPeriod period, CancellationToken cancellationToken) =>
        await context.CaseClosures.AsNoTracking().Where(closure => closure.ClosedOn >= period.From && closure.ClosedOn <= period.To).ToListAsync(cancellationToken);
}
