using Participation.BuildingBlocks.Application.Persistence;
using Mediator;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.IssueApiKey;

internal sealed class IssueApiKeyCommandHandler(IProviderRepository providers, TimeProvider time) : ICommandHandler<IssueApiKeyCommand, IssuedApiKeyResponse>
{
    public async ValueTask<IssuedApiKeyResponse> Handle(IssueApiKeyCommand command, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(command.ProviderId), cancellationToken);
        var (prefix, key, hash) = ApiKeySecrets.Generate();
        var issued = provider.IssueApiKey(prefix, hash, command.Scopes, command.ExpiresOn, time.GetUtcNow());
        return new IssuedApiKeyResponse(issued.Id.Value, key, issued.Prefix, issued.Scopes, issued.CreatedOn, issued.ExpiresOn);
    }
}
