namespace Participation.Modules.Surveys.Domain.ClosedCases;

/// <summary>The format a family asked its letters in.</summary>
public enum LetterFormat
{
    Standard,

    /// <summary>Printed and attached in a large type.</summary>
    LargePrint,

    /// <summary>Short sentences; the council's template words it.</summary>
    EasyRead,
}

/// <summary>
/// How to reach a family for its follow-up (docs/domain/closed-case-follow-up.md#contact-details): kept only while the
/// follow-up needs it, then erased.
/// </summary>
/// <param name="AddresseeName">Who the letter is addressed to.</param>
/// <param name="PostalAddress">The postal address, lines separated by new lines.</param>
/// <param name="Email">Where an emailed letter goes; without one the letter is posted.</param>
/// <param name="Phone">The number the telephone sample calls.</param>
/// <param name="PreferredLanguage">The family's language, as the case system records it.</param>
/// <param name="Format">The format letters are written in.</param>
public sealed record FamilyContact(string AddresseeName, string? PostalAddress, string? Email, string? Phone, string? PreferredLanguage, LetterFormat Format);
