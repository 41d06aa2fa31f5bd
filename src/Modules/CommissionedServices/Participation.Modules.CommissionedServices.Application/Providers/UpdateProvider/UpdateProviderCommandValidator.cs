using FluentValidation;

namespace Participation.Modules.CommissionedServices.Application.Providers.UpdateProvider;

internal sealed class UpdateProviderCommandValidator : AbstractValidator<UpdateProviderCommand>
{
    public UpdateProviderCommandValidator() => Include(new ProviderDetailsValidator());
}
