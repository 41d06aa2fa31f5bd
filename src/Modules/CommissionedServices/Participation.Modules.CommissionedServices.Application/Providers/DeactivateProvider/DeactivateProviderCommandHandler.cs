using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers.DeactivateProvider;

internal sealed class DeactivateProviderCommandHandler(IProviderRepository providers, TimeProvider time) : ICommandHandler<DeactivateProviderCommand>
{
    public async ValueTask<Unit> Handle(DeactivateProviderCommand command, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(command.Id), command.ExpectedVersion, cancellationToken);
        provider.Deactivate(UkDates.Today(time));
        return Unit.Value;
    }
}
