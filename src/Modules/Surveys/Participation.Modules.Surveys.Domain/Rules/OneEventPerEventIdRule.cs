using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Rules;

/// <summary>A partner's event id names one event: a repeat is replayed, different details under it are refused.</summary>
internal sealed class OneEventPerEventIdRule(bool sameEvent) : IBusinessRule
{
    public string Code => "surveys.event-id-reused";

    public string Message => "This eventId was already posted with a different event, date or case reference; a rebooked meeting is a new event with its own eventId.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => !sameEvent;
}
