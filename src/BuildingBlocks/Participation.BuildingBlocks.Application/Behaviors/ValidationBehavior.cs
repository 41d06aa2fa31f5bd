using FluentValidation;
using Mediator;

namespace Participation.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Second in the pipeline: runs every FluentValidation validator of the message before its handler. Validators are
/// synchronous rules over the message (anything needing I/O is the handler's), so they run synchronously: FluentValidation's
/// async path costs a task per rule and item, a tenth of a 1,000-item partner batch. An async rule added by mistake fails
/// loudly (<see cref="AsyncValidatorInvokedSynchronouslyException"/>) in the first test that reaches it.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <inheritdoc />
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        MessageValidation.Validate(validators, message);
        return next(message, cancellationToken);
    }
}

/// <summary>Every failure of every validator of a message, thrown as one <see cref="ValidationException"/>.</summary>
internal static class MessageValidation
{
    /// <summary>Throws a <see cref="ValidationException"/> with every failure of every validator.</summary>
    public static void Validate<TMessage>(IEnumerable<IValidator<TMessage>> validators, TMessage message)
    {
        List<FluentValidation.Results.ValidationFailure>? failures = null;
        foreach (var validator in validators)
        {
            var result = validator.Validate(new ValidationContext<TMessage>(message));
            if (!result.IsValid)
            {
                (failures ??= []).AddRange(result.Errors);
            }
        }

        if (failures is not null)
        {
            throw new ValidationException(failures);
        }
    }
}
