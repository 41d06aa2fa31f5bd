using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Providers.DeactivateProvider;

/// <summary>Ends a provider's access; <paramref name="ExpectedVersion"/> is checked when the client sent one.</summary>
public sealed record DeactivateProviderCommand(Guid Id, uint? ExpectedVersion) : ICommand;
