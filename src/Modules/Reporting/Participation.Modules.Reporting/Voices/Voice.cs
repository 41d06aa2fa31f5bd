namespace Participation.Modules.Reporting.Voices;

/// <summary>
/// One voice: something a child, young person, parent, carer or member of staff told the council, from any source,
/// de-identified (docs/domain/reporting.md#the-voice-read-model). No child reference, no complainant identity, no
/// free text except a quote its source allowed and redacted.
/// </summary>
internal sealed class Voice
{
    /// <summary>The source record's own id (a feedback item, a complaint, a compliment).</summary>
    public Guid Id { get; init; }

    /// <summary>Where it came from: a <see cref="VoiceSources"/> code.</summary>
    public required string Source { get; init; }

    /// <summary>The day it was given, as the source records it; a source that corrects its facts (a review) moves it.</summary>
    public DateOnly GivenOn { get; set; }

    /// <summary>The service area it is about (code).</summary>
    public required string ServiceArea { get; set; }

    /// <summary>Who spoke: an audience code; for a complaint, the complainant's kind.</summary>
    public required string Audience { get; init; }

    /// <summary>The priority cohorts it touches (codes); empty where the source does not record them.</summary>
    public IReadOnlyList<string> Cohorts { get; init; } = [];

    /// <summary>How it reached the council or its partner (channel code); none for a review the child's views did not reach.</summary>
    public required string? Channel { get; set; }

    /// <summary>Theme codes: suggested until confirmed.</summary>
    public IReadOnlyList<string> Themes { get; set; } = [];

    /// <summary>Whether a member of staff chose or confirmed the themes (a complaints officer's tags are confirmed).</summary>
    public bool ThemesConfirmed { get; set; }

    /// <summary>A 1-5 rating where the source has one.</summary>
    public int? Rating { get; set; }

    /// <summary>An outcome where the source has one: a complaint's latest finding.</summary>
    public string? Outcome { get; set; }

    /// <summary>The commissioned provider that heard it, where one did.</summary>
    public Guid? ProviderId { get; init; }

    /// <summary>A short quote, only where the person agreed to be quoted, redacted by the source before it was sent.</summary>
    public string? Quote { get; init; }

    /// <summary>
    /// When the source last changed it, for a source that corrects its facts (a review) or its themes (a complaint):
    /// an older message, delivered again after a newer one, never overwrites it.
    /// </summary>
    public DateTimeOffset? SourceChangedAt { get; set; }

    /// <summary>When the source last gave its outcome (a complaint's finding), so an older finding never replaces a newer one.</summary>
    public DateTimeOffset? OutcomeChangedAt { get; set; }

    /// <summary>When Reporting recorded it.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The row's version (PostgreSQL's <c>xmin</c>), its ETag: a confirmation names the version it read.</summary>
    public uint Version { get; init; }
}
