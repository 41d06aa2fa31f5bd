using Participation.BuildingBlocks.Application.Persistence;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.RevokeApiKey;

internal sealed class RevokeApiKeyCommandHandler(IProviderRepository providers, TimeProvider time) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiKeyCommand command, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(command.ProviderId), cancellationToken);
        return provider.RevokeApiKey(new ApiKeyId(command.KeyId), time.GetUtcNow())
            ? Unit.Value
            : throw new NotFoundException("API key", command.KeyId);
    }
}
