using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Last in the pipeline, commands only: commits the owning module's unit of work once the handler has
/// succeeded, so the change, the domain events' effects and the outbox rows commit together or not at all.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWorkLocator unitsOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var response = await next(message, cancellationToken);
        await unitsOfWork.ForMessage(typeof(TMessage)).CommitAsync(cancellationToken);
        return response;
    }
}
