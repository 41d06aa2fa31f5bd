using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Returns.OpenDueReturns;

/// <summary>Opens, for every provider under contract today, the return of the period in progress if it is not open yet. Returns how many were opened.</summary>
public sealed record OpenDueReturnsCommand : ICommand<int>;
