namespace Participation.BuildingBlocks.Domain;

/// <summary>An invariant the domain enforces; each rule cites its source (statute, guidance or policy).</summary>
public interface IBusinessRule
{
    /// <summary>A stable, machine-readable code clients can switch on, e.g. <c>reference-data.theme-retired</c>.</summary>
    string Code { get; }

    /// <summary>A sentence a person can read.</summary>
    string Message { get; }

    /// <summary>Whether the rule is a conflict with the current state (409) rather than a request that breaks a rule (422).</summary>
    RuleKind Kind => RuleKind.Unprocessable;

    /// <summary>True when the rule does not hold.</summary>
    bool IsBroken();
}

/// <summary>How a broken rule is reported over HTTP.</summary>
public enum RuleKind
{
    /// <summary>The request is well-formed but breaks a business rule (422).</summary>
    Unprocessable,

    /// <summary>The request conflicts with the current state of the resource (409).</summary>
    Conflict,

    /// <summary>The resource existed and is no longer available, for good: a used or expired link (410).</summary>
    Gone,
}
