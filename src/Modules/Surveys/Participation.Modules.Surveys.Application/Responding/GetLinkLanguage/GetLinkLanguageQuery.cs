using Mediator;

namespace Participation.Modules.Surveys.Application.Responding.GetLinkLanguage;

/// <summary>
/// The language of the words a link opens, so a link that does not open can say so in it (docs/domain/surveys.md#languages):
/// 404 for a token never issued.
/// </summary>
public sealed record GetLinkLanguageQuery(string Token) : IQuery<LinkLanguage>;

/// <summary>A link's language and the day it opens.</summary>
/// <param name="Language">The language of its variant, an ISO 639-1 code, or null for English.</param>
/// <param name="OpensOn">The day a scheduled link opens, if it is one.</param>
public sealed record LinkLanguage(string? Language, DateOnly? OpensOn);
