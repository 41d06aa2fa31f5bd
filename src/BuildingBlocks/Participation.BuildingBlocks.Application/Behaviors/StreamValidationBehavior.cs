using FluentValidation;
using Mediator;

namespace Participation.BuildingBlocks.Application.Behaviors;

/// <summary>
/// The validation of a streamed query, as <see cref="ValidationBehavior{TMessage,TResponse}"/>'s: it runs when the
/// stream is created, so bad input is refused before the first row or header is sent.
/// </summary>
public sealed class StreamValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IStreamMessage
{
    /// <inheritdoc />
    public IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        MessageValidation.Validate(validators, message);
        return next(message, cancellationToken);
    }
}
