using FluentValidation;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.RenameServiceArea;

internal sealed class RenameServiceAreaCommandValidator : AbstractValidator<RenameServiceAreaCommand>
{
    public RenameServiceAreaCommandValidator() => RuleFor(command => command.Name).MustBeAName();
}
