using FluentValidation;

namespace Participation.Modules.Reporting.Collations.RequestCollation;

internal sealed class RequestThemeCollationCommandValidator : AbstractValidator<RequestThemeCollationCommand>
{
    public RequestThemeCollationCommandValidator(TimeProvider clock) =>
        RuleFor(command => command.HalfYear)
            .Must(label => HalfYear.TryParse(label, out _)).WithMessage("halfYear must be a half-year such as 2026-H1 (years 2000 to 2100).")
            .DependentRules(() => RuleFor(command => command.HalfYear)
                .Must(label => HalfYear.TryParse(label, out var half) && half.Value.HasEndedBy(clock.GetUtcNow()))
                .WithMessage("halfYear must have ended: only a finished half-year is collated."));
}
