namespace Participation.BuildingBlocks.Domain;

/// <summary>
/// The longest text each kind of field holds: validators refuse longer input with these numbers and the database
/// columns are declared with them, so the two cannot drift apart.
/// </summary>
public static class TextLengths
{
    /// <summary>A reference-data code (service area, theme) or a pseudonymous case reference.</summary>
    public const int Code = 64;

    /// <summary>An enumeration's kebab-case code, as stored and as the API speaks it.</summary>
    public const int EnumCode = 40;

    /// <summary>A partner's own record id.</summary>
    public const int ExternalId = 100;

    /// <summary>A category from a council's own list.</summary>
    public const int Category = 100;

    /// <summary>The name of a person, a role or an organisation.</summary>
    public const int Name = 200;

    /// <summary>An email address (RFC 5321's longest path).</summary>
    public const int Email = 320;

    /// <summary>A reason or a short description: why a decision was taken, a lesson, an action.</summary>
    public const int Reason = 1000;

    /// <summary>A statement: a summary, a comment, a remedy.</summary>
    public const int Statement = 2000;

    /// <summary>A long statement such as a senior manager's adjudication.</summary>
    public const int LongStatement = 4000;
}
