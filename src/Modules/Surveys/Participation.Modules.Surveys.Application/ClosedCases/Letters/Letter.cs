using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters;

/// <summary>What one family's letter says and where it goes: everything the template and the mail or print step need.</summary>
/// <param name="ClosureId">The closure written about.</param>
/// <param name="MessageId">The email's fixed Message-ID, or null for a posted letter.</param>
/// <param name="AddresseeName">Who it is addressed to.</param>
/// <param name="PostalAddress">The address printed on a posted letter.</param>
/// <param name="Email">Where an emailed letter goes.</param>
/// <param name="Format">The format asked for.</param>
/// <param name="Date">The letter's date.</param>
/// <param name="Service">The name of the service whose case closed.</param>
/// <param name="Link">The single-use link to the closed-case questionnaire.</param>
/// <param name="OptOutLink">The page that opts the family out.</param>
/// <param name="Phone">The council's number for feedback by telephone.</param>
public sealed record Letter(
    Guid ClosureId, string? MessageId, string AddresseeName, string? PostalAddress, string? Email, LetterFormat Format, DateOnly Date, string Service, string Link, string OptOutLink, string Phone);
