namespace Participation.BuildingBlocks.Domain;

/// <summary>Checks rules outside an entity (for rules of a protocol rather than of an aggregate).</summary>
public static class BusinessRules
{
    /// <summary>Throws <see cref="BusinessRuleValidationException"/> when <paramref name="rule"/> is broken.</summary>
    public static void Check(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
