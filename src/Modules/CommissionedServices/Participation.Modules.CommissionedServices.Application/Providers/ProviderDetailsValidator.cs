using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using FluentValidation;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers;

internal sealed class ProviderDetailsValidator : AbstractValidator<IProviderDetailsCommand>
{
    public ProviderDetailsValidator()
    {
        RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("name is required.").MaximumLength(TextLengths.Name);
        RuleFor(command => command.Kind).IsInEnum();
        RuleFor(command => command.ContactName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("contactName is required.").MaximumLength(TextLengths.Name);
        RuleFor(command => command.ContactEmail).NotEmpty().IsSendableEmail().MaximumLength(TextLengths.Email);
        RuleFor(command => command.ServiceAreas).NotNull().HoldsAtMost(ListLengths.ServiceAreas);
        RuleFor(command => command.ReturnsEvery).IsInEnum();
    }

    /// <summary>The details as the domain takes them, trimmed; a cadence left out is <paramref name="returnsEveryWhenLeftOut"/>.</summary>
    public static ProviderDetails ToDetails(IProviderDetailsCommand command, ReturnCadence returnsEveryWhenLeftOut) =>
        new(command.Name.Trim(), command.Kind, command.ContractStart, command.ContractEnd, command.ContactName.Trim(), command.ContactEmail.Trim(), command.ServiceAreas, command.ReturnsEvery ?? returnsEveryWhenLeftOut);
}
