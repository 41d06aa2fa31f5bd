using FluentValidation;

namespace Participation.Modules.ReferenceData.Application.Themes.RenameTheme;

internal sealed class RenameThemeCommandValidator : AbstractValidator<RenameThemeCommand>
{
    public RenameThemeCommandValidator() => RuleFor(command => command.Name).MustBeAName();
}
