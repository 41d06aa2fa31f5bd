using FluentValidation;

namespace Participation.Modules.ReferenceData.Application.Themes.CreateTheme;

internal sealed class CreateThemeCommandValidator : AbstractValidator<CreateThemeCommand>
{
    public CreateThemeCommandValidator()
    {
        RuleFor(command => command.Code).MustBeACode();
        RuleFor(command => command.Name).MustBeAName();
    }
}
