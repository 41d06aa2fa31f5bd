using FluentValidation;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Reporting.Voices.ConfirmVoiceThemes;

internal sealed class ConfirmVoiceThemesCommandValidator : AbstractValidator<ConfirmVoiceThemesCommand>
{
    public ConfirmVoiceThemesCommandValidator()
    {
        RuleFor(command => command.Themes).NotEmpty().WithMessage("themes must name at least one theme.")
            .Must(themes => themes.Count <= ListLengths.Themes).WithMessage($"themes may name at most {ListLengths.Themes}.");
        RuleForEach(command => command.Themes).NotEmpty().MaximumLength(TextLengths.Code);
    }
}
