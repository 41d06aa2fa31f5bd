using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Returns.OpenReturn;

/// <summary>Opens a provider's return for a period of the financial year starting in <paramref name="Year"/>: q1–q4 or h1–h2.</summary>
public sealed record OpenReturnCommand(Guid ProviderId, int Year, string Period) : ICommand<Guid>;
