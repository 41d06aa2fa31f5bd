using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Stage 3 goes panel, then report, then the authority's response, each once.</summary>
internal sealed class PanelStepInOrderRule(string step, bool inOrder) : IBusinessRule
{
    public string Code => "complaints.panel-step-out-of-order";

    public string Message => $"The {step} cannot be recorded now: stage 3 goes request, panel, report, response, each once.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => !inOrder;
}
