using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.CommissionedServices.Application.Returns;
using Participation.Modules.CommissionedServices.Domain.Providers;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

internal sealed class ReturnRepository(CommissionedServicesDbContext context) : IReturnRepository
{
    public Task<ParticipationReturn?> GetAsync(ReturnId id, CancellationToken cancellationToken) =>
        context.Returns.SingleOrDefaultAsync(entry => entry.Id == id, cancellationToken);

    public void Add(ParticipationReturn aggregate) => context.Returns.Add(aggregate);

    public async Task<IReadOnlyList<ParticipationReturn>> ListAsync(ProviderId providerId, CancellationToken cancellationToken) =>
        await context.Returns.AsNoTracking().Where(entry => entry.ProviderId == providerId).OrderByDescending(entry => entry.PeriodFrom).Take(ReturnLimits.Listed).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ParticipationReturn>> UnsubmittedAsync(CancellationToken cancellationToken) =>
        await OfProvidersThatMakeReturns(activeOnly: true).Where(entry => entry.FirstSubmittedAt == null).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ParticipationReturn>> ForPeriodAsync(string period, CancellationToken cancellationToken) =>
        await OfProvidersThatMakeReturns(activeOnly: false).AsNoTracking().Where(entry => entry.Period == period).ToListAsync(cancellationToken);

    /// <summary>
    /// <see cref="Provider.MakesReturns"/> in SQL: a return opened for the case-management system before that was
    /// refused is neither chased nor reported missing.
    /// </summary>
    private IQueryable<ParticipationReturn> OfProvidersThatMakeReturns(bool activeOnly)
    {
        var providers = context.Providers.Where(provider => provider.Kind != ProviderKind.CaseManagement);
        if (activeOnly)
        {
            providers = providers.Where(provider => provider.DeactivatedOn == null);
        }

        return context.Returns.Where(entry => providers.Any(provider => provider.Id == entry.ProviderId));
    }

    public Task<bool> ExistsAsync(ProviderId providerId, ReportPeriod period, CancellationToken cancellationToken) =>
        context.Returns.AnyAsync(entry => entry.ProviderId == providerId && entry.PeriodFrom <= period.To && entry.PeriodTo >= period.From, cancellationToken);
}
