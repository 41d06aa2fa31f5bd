using Participation.Modules.ReferenceData.Contracts;
using Mediator;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers.CreateProvider;

internal sealed class CreateProviderCommandHandler(IProviderRepository providers, ISender sender) : ICommandHandler<CreateProviderCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateProviderCommand command, CancellationToken cancellationToken)
    {
        await sender.EnsureKnownAsync(ReferenceCodeChecks.ServiceAreas("serviceAreas", command.ServiceAreas), cancellationToken);
        var details = ProviderDetailsValidator.ToDetails(command, ReturnCadence.Quarterly);
        var provider = Provider.Create(details, await providers.NameInUseAsync(details.Name, except: null, cancellationToken));
        providers.Add(provider);
        return provider.Id.Value;
    }
}
