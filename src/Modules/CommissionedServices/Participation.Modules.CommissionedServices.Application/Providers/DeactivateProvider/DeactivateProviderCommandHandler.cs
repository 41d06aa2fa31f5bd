using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers.DeactivateProvider;

internal sealed class DeactivateProviderCommandHandler(IProviderRepository providers, TimeProvider time) : ICommandHandler<DeactivateProviderCommand>
{
    public async ValueTask<Unit> Handle(DeactivateProviderCommand command, CancellationToken cancellationToken)
    {
        var provider = await providers.GetAsync(new ProviderId(command.Id), cancellationToken)
            ?? throw new NotFoundException("provider", command.Id);
        ExpectedVersion.Ensure(provider, command.ExpectedVersion, "provider");
        provider.Deactivate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return Unit.Value;
    }
}
