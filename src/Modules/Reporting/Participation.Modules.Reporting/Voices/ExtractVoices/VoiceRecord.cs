namespace Participation.Modules.Reporting.Voices.ExtractVoices;

/// <summary>One row of an extract: a voice without anything that leads back to a person or a case record.</summary>
/// <param name="GivenOn">The day it was given.</param>
/// <param name="Source">partner-feedback, complaint or compliment.</param>
/// <param name="ServiceArea">The service area code.</param>
/// <param name="Audience">Who spoke: an audience code; for a complaint, the complainant's kind.</param>
/// <param name="Cohorts">Priority cohort codes.</param>
/// <param name="Channel">The channel code; null for a review the child's views did not reach.</param>
/// <param name="Themes">Theme codes.</param>
/// <param name="ThemesConfirmed">Whether staff chose or confirmed the themes.</param>
/// <param name="Rating">A 1-5 rating, where the source has one.</param>
/// <param name="Outcome">A complaint's latest finding.</param>
/// <param name="ProviderId">The commissioned provider that heard it.</param>
internal sealed record VoiceRecord(
    DateOnly GivenOn,
    string Source,
    string ServiceArea,
    string Audience,
    IReadOnlyList<string> Cohorts,
    string? Channel,
    IReadOnlyList<string> Themes,
    bool ThemesConfirmed,
    int? Rating,
    string? Outcome,
    Guid? ProviderId);
