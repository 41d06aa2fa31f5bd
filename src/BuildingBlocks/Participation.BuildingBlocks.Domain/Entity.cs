namespace Participation.BuildingBlocks.Domain;

/// <summary>An object with identity; two entities are the same when their ids are.</summary>
/// <typeparam name="TId">The strongly typed id.</typeparam>
public abstract class Entity<TId>
    where TId : notnull
{
    /// <summary>The entity's identity.</summary>
    public TId Id { get; protected init; } = default!;

    /// <summary>Throws <see cref="BusinessRuleValidationException"/> when <paramref name="rule"/> is broken.</summary>
    protected static void CheckRule(IBusinessRule rule) => BusinessRules.Check(rule);
}
