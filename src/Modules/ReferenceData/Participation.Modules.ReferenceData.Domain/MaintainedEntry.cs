using Participation.BuildingBlocks.Domain;
using Participation.Modules.ReferenceData.Domain.Rules;

namespace Participation.Modules.ReferenceData.Domain;

/// <summary>
/// An entry of an administrator-maintained list: a code fixed for ever, a name that may change while the entry
/// is in use, and retirement instead of deletion so records tagged with it keep their meaning.
/// </summary>
public abstract class MaintainedEntry<TId> : AggregateRoot<TId>
    where TId : notnull
{
    /// <summary>The stable code clients send, e.g. <c>children-in-care</c>.</summary>
    public string Code { get; protected init; } = null!;

    /// <summary>The name shown to people.</summary>
    public string Name { get; protected set; } = null!;

    /// <summary>When it was retired; null while in use.</summary>
    public DateTimeOffset? RetiredOn { get; private set; }

    /// <summary>Gives it a new name; its code never changes.</summary>
    public void Rename(string name)
    {
        CheckRule(new RetiredEntryCannotChangeRule(RetiredOn is not null));
        Name = name;
    }

    /// <summary>Takes it out of use.</summary>
    protected void MarkRetired(DateTimeOffset now)
    {
        CheckRule(new RetiredEntryCannotChangeRule(RetiredOn is not null));
        RetiredOn = now;
    }
}
