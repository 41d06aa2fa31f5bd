using Mediator;

namespace Participation.Modules.CommissionedServices.Application.Returns.MarkOverdueReturns;

/// <summary>Marks overdue, once each, the returns with nothing submitted by their due date. Returns how many were marked now.</summary>
public sealed record MarkOverdueReturnsCommand : ICommand<int>;
