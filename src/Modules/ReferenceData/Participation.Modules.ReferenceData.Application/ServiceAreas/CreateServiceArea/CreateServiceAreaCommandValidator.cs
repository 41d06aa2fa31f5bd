using FluentValidation;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.CreateServiceArea;

internal sealed class CreateServiceAreaCommandValidator : AbstractValidator<CreateServiceAreaCommand>
{
    public CreateServiceAreaCommandValidator()
    {
        RuleFor(command => command.Code).MustBeACode();
        RuleFor(command => command.Name).MustBeAName();
    }
}
