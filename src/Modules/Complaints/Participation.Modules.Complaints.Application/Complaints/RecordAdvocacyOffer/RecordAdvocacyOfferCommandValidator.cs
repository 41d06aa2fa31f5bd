using Participation.BuildingBlocks.Domain;
using FluentValidation;

namespace Participation.Modules.Complaints.Application.Complaints.RecordAdvocacyOffer;

internal sealed class RecordAdvocacyOfferCommandValidator : AbstractValidator<RecordAdvocacyOfferCommand>
{
    public RecordAdvocacyOfferCommandValidator() => RuleFor(command => command.Organisation).MaximumLength(TextLengths.Name);
}
