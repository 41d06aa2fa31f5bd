using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>An item closes when its response is reported back, so there must be a response to report.</summary>
internal sealed class ReportedBackResponseNeededRule(string? weDid) : IBusinessRule
{
    public string Code => "forums.items.no-response";

    public string Message => "The item has no response yet: write what was done (or why not) before reporting it back.";

    public bool IsBroken() => weDid is null;
}
