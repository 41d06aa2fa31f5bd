using Participation.BuildingBlocks.Domain;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A return is submitted while open, or again once returned; a submitted or accepted one does not change.</summary>
internal sealed class ReturnOpenForSubmissionRule(ReturnStatus status) : IBusinessRule
{
    public string Code => "commissioned-services.returns.not-open-for-submission";

    public string Message => $"The return is {status.ToString().ToLowerInvariant()}: it can be submitted while open, or again once returned.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => status is not (ReturnStatus.Open or ReturnStatus.Returned);
}
