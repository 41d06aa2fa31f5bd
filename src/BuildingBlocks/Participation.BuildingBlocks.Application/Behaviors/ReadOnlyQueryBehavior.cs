using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Queries only: the owning module's unit of work tracks nothing while the query runs. A read of one complaint spent
/// more on setting up change tracking (identity map, snapshots, navigation fix-up) than on materialising it. Entities
/// a command already tracks in the same scope are still found as they are; tracking is restored afterwards.
/// </summary>
public sealed class ReadOnlyQueryBehavior<TMessage, TResponse>(IUnitOfWorkLocator unitsOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseQuery
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        using var readOnly = unitsOfWork.ForMessageIfOwned(typeof(TMessage))?.ReadOnly();
        return await next(message, cancellationToken);
    }
}
