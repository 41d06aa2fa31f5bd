namespace Participation.Modules.Surveys.Infrastructure.RespondentPage;

/// <summary>What the respondent page shows: one of its states, and for the questions state the form.</summary>
/// <param name="State">questions, thanks, closed, unavailable or not-found.</param>
/// <param name="Heading">The page's main heading, also its title.</param>
/// <param name="Message">A sentence under the heading, for every state but the questions.</param>
/// <param name="Child">Whether the survey is for children: picture buttons and plain words.</param>
/// <param name="Anonymous">Whether the answers are anonymous, so the page can say so.</param>
/// <param name="Version">The version the form answers.</param>
/// <param name="Action">Where the form posts.</param>
/// <param name="Errors">The error summary: a link to each question with a problem.</param>
/// <param name="Questions">The questions, with what was answered and any error.</param>
internal sealed record RespondentPageView(
    string State,
    string Heading,
    string? Message,
    bool Child,
    bool Anonymous,
    int Version,
    string? Action,
    IReadOnlyList<ErrorLink> Errors,
    IReadOnlyList<QuestionView> Questions)
{
    /// <summary>The nonce the page's own style element carries, allowed by its content security policy.</summary>
    public string Nonce { get; init; } = string.Empty;

    /// <summary>The page's own words, and with them its language.</summary>
    public PageWords Words { get; init; } = PageWords.English;

    /// <summary>
    /// The language of the survey's words when the page's own are in another (a Polish variant on the English page),
    /// as a <c>lang</c> attribute for each of them; empty otherwise. Only ever an ISO 639-1 code, so safe unencoded.
    /// </summary>
    public string ContentLanguage { get; init; } = string.Empty;

    /// <summary>A page with a heading and a sentence and no form.</summary>
    public static RespondentPageView Notice(string state, string heading, string message, bool child = false) =>
        new(state, heading, message, child, Anonymous: false, Version: 0, Action: null, [], []);
}

/// <summary>A question on the page.</summary>
/// <param name="Number">Its number, from 1.</param>
/// <param name="Control">text (a text area), radios or checkboxes.</param>
/// <param name="Pictures">Whether its choices are large picture buttons (a rating scale on a children's survey).</param>
/// <param name="Text">The question.</param>
/// <param name="Required">Whether it must be answered when shown.</param>
/// <param name="Hint">When it applies, how to answer, or how long an answer may be.</param>
/// <param name="Error">What is wrong with the answer given.</param>
/// <param name="Value">A text answer given, shown again with errors.</param>
/// <param name="Options">The choices, with the ones given ticked.</param>
internal sealed record QuestionView(int Number, string Control, bool Pictures, string Text, bool Required, string? Hint, string? Error, string? Value, IReadOnlyList<OptionView> Options)
{
    /// <summary>The id of the question's text area, or the stem of its choices' ids.</summary>
    public string Id => $"q{Number}";

    /// <summary>The element an error summary link moves focus to: the text area or the first choice.</summary>
    public string FirstInputId => Options.Count > 0 ? Options[0].Id : Id;

    /// <summary>The ids of the hint and error that describe the control, or null.</summary>
    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : $"{Id}-hint", Error is null ? null : $"{Id}-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}

/// <summary>A choice: its code, its words, its picture (inline SVG) and whether it was chosen.</summary>
internal sealed record OptionView(string Id, string Code, string Label, string? Picture, bool Checked);

/// <summary>An entry in the error summary.</summary>
internal sealed record ErrorLink(string Href, string Text);
