using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.CommissionedServices.Domain.Providers;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns;

/// <summary>Participation returns.</summary>
public interface IReturnRepository : IRepository<ParticipationReturn, ReturnId>
{
    /// <summary>A provider's returns, latest period first.</summary>
    Task<IReadOnlyList<ParticipationReturn>> ListAsync(ProviderId providerId, CancellationToken cancellationToken);

    /// <summary>Active providers' returns with nothing submitted yet, tracked: the ones the daily job marks and reminds about.</summary>
    Task<IReadOnlyList<ParticipationReturn>> UnsubmittedAsync(CancellationToken cancellationToken);

    /// <summary>Every provider's return for the period, untracked.</summary>
    Task<IReadOnlyList<ParticipationReturn>> ForPeriodAsync(string period, CancellationToken cancellationToken);

    /// <summary>Whether the provider already has a return overlapping the period (a quarter inside a half-year counts).</summary>
    Task<bool> ExistsAsync(ProviderId providerId, ReportPeriod period, CancellationToken cancellationToken);
}
