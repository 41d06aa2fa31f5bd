using FluentValidation;

namespace Participation.Modules.CommissionedServices.Application.Providers.CreateProvider;

internal sealed class CreateProviderCommandValidator : AbstractValidator<CreateProviderCommand>
{
    public CreateProviderCommandValidator() => Include(new ProviderDetailsValidator());
}
