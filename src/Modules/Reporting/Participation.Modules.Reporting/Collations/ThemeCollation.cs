namespace Participation.Modules.Reporting.Collations;

/// <summary>A stored collation: produced once per half-year, never changed (the table is append-only for the application).</summary>
internal sealed class ThemeCollation
{
    public Guid Id { get; init; }

    /// <summary>Assigned by PostgreSQL in the order collations are stored.</summary>
    public int Number { get; init; }

    public required string HalfYear { get; init; }

    public DateTimeOffset ProducedAt { get; init; }

    /// <summary>The report as produced, JSON; its id and number are filled in when it is read.</summary>
    public required string Content { get; init; }
}
