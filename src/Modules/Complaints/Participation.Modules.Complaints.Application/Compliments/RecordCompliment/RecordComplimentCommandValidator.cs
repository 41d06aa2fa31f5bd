using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Compliments.RecordCompliment;

internal sealed class RecordComplimentCommandValidator : AbstractValidator<RecordComplimentCommand>
{
    public RecordComplimentCommandValidator(TimeProvider time)
    {
        RuleFor(command => command.ServiceArea).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(command => command.Summary).NotEmpty().MaximumLength(TextLengths.Statement);
        RuleFor(command => command.ReceivedOn)
            .Must(receivedOn => receivedOn <= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1))
            .WithMessage("receivedOn must not be in the future.");
    }
}
