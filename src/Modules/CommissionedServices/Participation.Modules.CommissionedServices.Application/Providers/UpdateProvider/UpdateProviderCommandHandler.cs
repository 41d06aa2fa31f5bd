using Participation.Modules.ReferenceData.Contracts;
using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers.UpdateProvider;

internal sealed class UpdateProviderCommandHandler(IProviderRepository providers, ISender sender) : ICommandHandler<UpdateProviderCommand>
{
    public async ValueTask<Unit> Handle(UpdateProviderCommand command, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(command.Id), command.ExpectedVersion, cancellationToken);
        await sender.EnsureKnownAsync(ReferenceCodeChecks.ServiceAreas("serviceAreas", command.ServiceAreas), cancellationToken);
        var details = ProviderDetailsValidator.ToDetails(command, provider.ReturnsEvery);
        provider.Update(details, await providers.NameInUseAsync(details.Name, provider.Id, cancellationToken));
        return Unit.Value;
    }
}
