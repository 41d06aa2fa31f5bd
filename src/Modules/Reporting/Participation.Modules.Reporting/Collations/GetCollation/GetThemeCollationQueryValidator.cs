using FluentValidation;

namespace Participation.Modules.Reporting.Collations.GetCollation;

internal sealed class GetThemeCollationQueryValidator : AbstractValidator<GetThemeCollationQuery>
{
    public GetThemeCollationQueryValidator() =>
        RuleFor(query => query.HalfYear)
            .Must(label => HalfYear.TryParse(label, out _)).When(query => query.HalfYear is not null)
            .WithMessage("halfYear must be a half-year such as 2026-H1 (years 2000 to 2100).");
}
