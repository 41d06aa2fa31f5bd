using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application;

/// <summary>Case events partners have posted, one per partner event id.</summary>
public interface IReceivedCaseEventRepository : IRepository<ReceivedCaseEvent, ReceivedCaseEventId>
{
    /// <summary>The event <paramref name="partnerId"/> posted as <paramref name="eventId"/>, or null.</summary>
    Task<ReceivedCaseEvent?> FindAsync(Guid partnerId, string eventId, CancellationToken cancellationToken);

    /// <summary>Deletes events received before <paramref name="instant"/> that no link refers to any more.</summary>
    Task DeleteUnusedReceivedBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken);
}
