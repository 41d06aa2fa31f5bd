using Participation.BuildingBlocks.Domain;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A commissioner reviews a submission once: the latest, not yet reviewed.</summary>
internal sealed class ReturnAwaitingReviewRule(ReturnStatus status) : IBusinessRule
{
    public string Code => "commissioned-services.returns.not-awaiting-review";

    public string Message => $"The return is {status.ToString().ToLowerInvariant()}: only a submitted return awaits review.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => status != ReturnStatus.Submitted;
}
