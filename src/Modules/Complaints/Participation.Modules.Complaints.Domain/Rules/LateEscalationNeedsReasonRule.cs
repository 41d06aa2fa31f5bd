using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>
/// A stage 2 request usually comes within 20 working days of the stage 1 response (2006 regulations; "Getting the Best
/// from Complaints"); a later one is considered only with the reason recorded.
/// </summary>
internal sealed class LateEscalationNeedsReasonRule(DateOnly requestedOn, DateOnly lastDayInTime, string? reason) : IBusinessRule
{
    public string Code => "complaints.late-escalation";

    public string Message => $"Stage 2 was requested after {lastDayInTime:yyyy-MM-dd}, 20 working days after the stage 1 response: record why it is accepted.";

    public bool IsBroken() => requestedOn > lastDayInTime && string.IsNullOrWhiteSpace(reason);
}
