using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.ReferenceData.Application.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.SetMatchTerms;

internal sealed class SetMatchTermsCommandValidator : AbstractValidator<SetMatchTermsCommand>
{
    public SetMatchTermsCommandValidator()
    {
        RuleFor(command => command.Terms).Must(terms => terms.Count <= MatchTermsResponse.MaxTerms).WithMessage($"terms may hold at most {MatchTermsResponse.MaxTerms}.");
        RuleForEach(command => command.Terms).NotEmpty().MaximumLength(TextLengths.Name);
    }
}
