using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Application;

/// <summary>Closed cases and their follow-up.</summary>
public interface ICaseClosureRepository : IRepository<CaseClosure, CaseClosureId>
{
    /// <summary>The closures a partner (or, for null, officers) already recorded under these ids, tracked.</summary>
    Task<IReadOnlyList<CaseClosure>> FindByClosureIdsAsync(Guid? partnerId, IReadOnlyCollection<string> closureIds, CancellationToken cancellationToken);

    /// <summary>The closure whose letter carries <paramref name="invitation"/>, tracked, or null.</summary>
    Task<CaseClosure?> FindByInvitationAsync(InvitationId invitation, CancellationToken cancellationToken);

    /// <summary>Closures in <paramref name="status"/> (all when null), in the order received, after <paramref name="afterId"/>; untracked.</summary>
    Task<IReadOnlyList<CaseClosure>> ListAsync(LetterStatus? status, bool onCallListOnly, Guid? afterId, int take, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> closures in <paramref name="status"/>, tracked, oldest first.</summary>
    Task<IReadOnlyList<CaseClosure>> InLetterStatusAsync(LetterStatus status, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="take"/> closures the next letter goes to, tracked, oldest first: waiting, not opted out, the
    /// follow-up open, the contact held, and a service area in <paramref name="serviceAreas"/> (which a survey covers).
    /// </summary>
    Task<IReadOnlyList<CaseClosure>> AwaitingLetterAsync(IReadOnlyCollection<string> serviceAreas, int take, CancellationToken cancellationToken);

    /// <summary>How many closures wait for a letter in service areas outside <paramref name="serviceAreas"/>.</summary>
    Task<int> AwaitingLetterElsewhereAsync(IReadOnlyCollection<string> serviceAreas, CancellationToken cancellationToken);

    /// <summary>
    /// The postal letters of <paramref name="day"/>'s print batch, tracked, in the order written: not those whose family
    /// opted out or whose contact details went since.
    /// </summary>
    Task<IReadOnlyList<CaseClosure>> PrintBatchAsync(DateOnly day, CancellationToken cancellationToken);

    /// <summary>
    /// Closures of <paramref name="period"/> the quarterly sample may draw: the letter sent (an email accepted, a postal
    /// letter printed), no feedback, not opted out, a telephone number still held, and not in a draw before; tracked.
    /// </summary>
    Task<IReadOnlyList<CaseClosure>> EligibleForSampleAsync(ReportPeriod period, CancellationToken cancellationToken);

    /// <summary>Closures still holding contact details whose follow-up ended, or whose letter (or arrival, with none) was on or before <paramref name="letterOnOrBefore"/>, in id order after <paramref name="after"/>; untracked, up to <paramref name="take"/>.</summary>
    Task<IReadOnlyList<CaseClosure>> HoldingContactAsync(DateOnly letterOnOrBefore, CaseClosureId? after, int take, CancellationToken cancellationToken);

    /// <summary>Every closure of <paramref name="period"/>, untracked, for the quarter's figures.</summary>
    Task<IReadOnlyList<CaseClosure>> ClosedInAsync(ReportPeriod period, CancellationToken cancellationToken);
}

/// <summary>Quarterly sample draws.</summary>
public interface ISampleDrawRepository : IRepository<SampleDraw, SampleDrawId>
{
    /// <summary>The draw made from the closures of a quarter, untracked, or null.</summary>
    Task<SampleDraw?> ForQuarterAsync(string quarter, CancellationToken cancellationToken);
}
