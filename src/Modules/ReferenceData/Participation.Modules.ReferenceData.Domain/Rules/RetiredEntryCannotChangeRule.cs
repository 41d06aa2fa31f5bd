using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.Rules;

/// <summary>
/// Maintained lists are retired, never deleted or changed afterwards (docs/domain/vocabularies-and-themes.md#themes):
/// a retired entry keeps the name it had when feedback was tagged with it.
/// </summary>
internal sealed class RetiredEntryCannotChangeRule(bool retired) : IBusinessRule
{
    public string Code => "reference-data.entry-retired";

    public string Message => "The entry is retired and can no longer change.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => retired;
}
