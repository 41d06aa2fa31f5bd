using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Text;
using Participation.BuildingBlocks.Domain.Documentation;

namespace Participation.Modules.Reporting.Voices;

/// <summary>A voice as staff review its themes: de-identified, with its quote where its source allowed one.</summary>
/// <param name="Id">The voice (its source record's id).</param>
/// <param name="Source">partner-feedback, complaint or compliment.</param>
/// <param name="GivenOn">The day it was given.</param>
/// <param name="ServiceArea">The service area code.</param>
/// <param name="Audience">Who spoke.</param>
/// <param name="Themes">Its theme codes.</param>
/// <param name="ThemesConfirmed">Whether staff chose or confirmed them.</param>
/// <param name="Quote">The redacted quote, where the person agreed to be quoted.</param>
public sealed record VoiceResponse(
    Guid Id,
    [property: MaxLength(TextLengths.Code)] string Source,
    DateOnly GivenOn,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(TextLengths.Code)] string Audience,
    [property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> Themes,
    bool ThemesConfirmed,
    [property: MaxLength(Redaction.QuoteMaxLength + 1)] string? Quote)
{
    /// <summary>A voice row read straight into its response, in SQL.</summary>
    internal static Expression<Func<Voice, VoiceResponse>> Of { get; } = voice =>
        new VoiceResponse(voice.Id, voice.Source, voice.GivenOn, voice.ServiceArea, voice.Audience, voice.Themes, voice.ThemesConfirmed, voice.Quote);

    /// <summary>The same, for a voice already read; compiled once.</summary>
    internal static Func<Voice, VoiceResponse> From { get; } = Of.Compile();
}
