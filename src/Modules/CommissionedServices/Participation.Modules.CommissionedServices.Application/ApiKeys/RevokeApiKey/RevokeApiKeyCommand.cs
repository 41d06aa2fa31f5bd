using Mediator;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.RevokeApiKey;

/// <summary>Revokes a key at once; it authenticates nothing from the commit on.</summary>
public sealed record RevokeApiKeyCommand(Guid ProviderId, Guid KeyId) : ICommand;
