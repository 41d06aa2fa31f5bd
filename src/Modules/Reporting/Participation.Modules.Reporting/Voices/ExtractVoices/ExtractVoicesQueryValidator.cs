using FluentValidation;

namespace Participation.Modules.Reporting.Voices.ExtractVoices;

internal sealed class ExtractVoicesQueryValidator : AbstractValidator<ExtractVoicesQuery>
{
    public ExtractVoicesQueryValidator()
    {
        RuleFor(query => query.To).GreaterThanOrEqualTo(query => query.From).When(query => query.From is not null && query.To is not null)
            .WithMessage("'to' must be on or after 'from'.");
        RuleFor(query => query.Source).Must(source => VoiceSources.All.Contains(source)).When(query => query.Source is not null)
            .WithMessage($"'source' must be one of: {string.Join(", ", VoiceSources.All)}.");
    }
}
