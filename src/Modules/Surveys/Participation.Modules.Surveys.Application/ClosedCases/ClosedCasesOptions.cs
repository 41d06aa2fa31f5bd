namespace Participation.Modules.Surveys.Application.ClosedCases;

/// <summary>The closed-case follow-up's settings, under <c>ClosedCases</c> (docs/domain/closed-case-follow-up.md).</summary>
public sealed class ClosedCasesOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ClosedCases";

    /// <summary>Where the host is reached from outside: links in letters start with it (e.g. https://participation.example.gov.uk).</summary>
    public string PublicBaseUrl { get; set; } = string.Empty;

    /// <summary>The number a letter gives for feedback by telephone.</summary>
    public string CouncilPhone { get; set; } = string.Empty;

    /// <summary>A Liquid file the council edits; unset, the built-in letter is used.</summary>
    public string? LetterTemplatePath { get; set; }

    /// <summary>Calls to a sampled family before its outcome is "no answer" (3 by default).</summary>
    public int CallAttempts { get; set; } = 3;

    /// <summary>Days after its letter that a closure's contact details are erased if the follow-up has not ended first (90 by default); the letter's link closes then too.</summary>
    public int ContactKeepDays { get; set; } = 90;

    /// <summary>The percentage of each service area's eligible closures the quarterly sample draws (10 by default), where no <see cref="SampleSize"/> is set.</summary>
    public int SamplePercent { get; set; } = 10;

    /// <summary>A fixed number of closures for the quarterly sample, spread over service areas in proportion; unset, <see cref="SamplePercent"/> applies.</summary>
    public int? SampleSize { get; set; }

    /// <summary>The seed for the next draws; unset (normally), each draw takes a random seed and records it.</summary>
    public int? SampleSeed { get; set; }
}
