using FluentValidation;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.IssueApiKey;

internal sealed class IssueApiKeyCommandValidator : AbstractValidator<IssueApiKeyCommand>
{
    public IssueApiKeyCommandValidator()
    {
        RuleFor(command => command.Scopes).NotEmpty().WithMessage("scopes must name at least one scope.");
        RuleForEach(command => command.Scopes)
            .Must(scope => PartnerScopes.All.Contains(scope))
            .WithMessage($"Each scope must be one of: {string.Join(", ", PartnerScopes.All)}.");
    }
}
