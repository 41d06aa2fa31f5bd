using Mediator;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.IssueApiKey;

/// <summary>Issues a key for a provider's system.</summary>
public sealed record IssueApiKeyCommand(Guid ProviderId, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresOn) : ICommand<IssuedApiKeyResponse>;
