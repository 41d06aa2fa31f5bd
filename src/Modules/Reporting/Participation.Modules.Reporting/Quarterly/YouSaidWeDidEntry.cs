namespace Participation.Modules.Reporting.Quarterly;

/// <summary>
/// One closed loop, as its source reported it: what was said, what was done, in words redacted before they left the
/// source module (docs/domain/reporting.md#you-said-we-did). The quarterly report lists the quarter's.
/// </summary>
internal sealed class YouSaidWeDidEntry
{
    /// <summary>The source record's id (a forum item).</summary>
    public Guid Id { get; init; }

    /// <summary>Where it came from: a voice source code.</summary>
    public required string Source { get; init; }

    /// <summary>The service area that acted (code).</summary>
    public required string ServiceArea { get; init; }

    /// <summary>What was said, redacted.</summary>
    public required string Said { get; init; }

    /// <summary>What was done, or why not, redacted.</summary>
    public required string Did { get; init; }

    /// <summary>changed | not-changed | next-steps.</summary>
    public required string Outcome { get; init; }

    /// <summary>The day the people who said it heard the answer.</summary>
    public DateOnly AnsweredOn { get; init; }
}
