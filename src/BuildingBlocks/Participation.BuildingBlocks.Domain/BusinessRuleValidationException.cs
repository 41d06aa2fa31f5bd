namespace Participation.BuildingBlocks.Domain;

/// <summary>Raised when a business rule is broken; mapped to 409 or 422 problem details carrying the rule's code.</summary>
public sealed class BusinessRuleValidationException : Exception
{
    /// <summary>Creates the exception for a broken rule.</summary>
    public BusinessRuleValidationException(IBusinessRule rule)
        : base(rule?.Message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Code = rule.Code;
        Kind = rule.Kind;
    }

    /// <summary>The broken rule's stable code.</summary>
    public string Code { get; }

    /// <summary>Whether it is a conflict or an unprocessable request.</summary>
    public RuleKind Kind { get; }
}
