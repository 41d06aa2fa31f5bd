using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers;

/// <summary>The fields a provider is created or updated with, validated the same way in both.</summary>
public interface IProviderDetailsCommand
{
    string Name { get; }

    ProviderKind Kind { get; }

    DateOnly ContractStart { get; }

    DateOnly? ContractEnd { get; }

    string ContactName { get; }

    string ContactEmail { get; }

    IReadOnlyList<string> ServiceAreas { get; }

    /// <summary>How often the contract asks for a return; null keeps what is recorded (quarterly for a new provider).</summary>
    ReturnCadence? ReturnsEvery { get; }
}
