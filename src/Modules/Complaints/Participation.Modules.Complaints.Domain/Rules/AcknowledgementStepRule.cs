using Participation.BuildingBlocks.Domain;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>
/// An investigation is acknowledged once, while it is open, and only under a procedure that sets an acknowledgement
/// (the SPSO model, docs/domain/complaints.md#spso-model).
/// </summary>
internal sealed class AcknowledgementStepRule(ComplaintStatus status, StageAcknowledgement? acknowledgement) : IBusinessRule
{
    public string Code => "complaints.acknowledgement-out-of-order";

    public string Message => acknowledgement is null
        ? "This complaint's procedure sets no acknowledgement of the investigation, or the investigation has not started."
        : "The investigation can be acknowledged only once, while it is open.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => status != ComplaintStatus.Stage2 || acknowledgement is null || acknowledgement.AcknowledgedOn is not null;
}
