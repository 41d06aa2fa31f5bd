using FluentValidation;

namespace Participation.Modules.Complaints.Application.Compliments.RecordCompliment;

internal sealed class RecordComplimentCommandValidator : AbstractValidator<RecordComplimentCommand>
{
    public const int MaxSummaryLength = 2000;

    public RecordComplimentCommandValidator(TimeProvider time)
    {
        RuleFor(command => command.ServiceArea).NotEmpty().MaximumLength(64);
        RuleFor(command => command.Summary).NotEmpty().MaximumLength(MaxSummaryLength);
        RuleFor(command => command.ReceivedOn)
            .Must(receivedOn => receivedOn <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1))
            .WithMessage("receivedOn must not be in the future.");
    }
}
