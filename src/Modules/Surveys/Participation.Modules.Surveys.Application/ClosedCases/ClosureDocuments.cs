using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases;

/// <summary>How to reach the family for the follow-up; erased when the follow-up ends.</summary>
/// <param name="AddresseeName">Who the letter is addressed to.</param>
/// <param name="PostalAddress">The postal address, lines separated by new lines; needed where there is no email.</param>
/// <param name="Email">Where the letter is emailed; without one it is posted.</param>
/// <param name="Phone">The number the quarterly telephone sample would call.</param>
/// <param name="PreferredLanguage">The family's preferred language, as the case system records it (e.g. en, cy).</param>
/// <param name="Format">standard, large-print or easy-read; standard when left out.</param>
public sealed record ContactDocument(
    [property: Required, MaxLength(TextLengths.Name)] string AddresseeName,
    [property: MaxLength(ClosureLimits.AddressLength)] string? PostalAddress,
    [property: MaxLength(TextLengths.Email)] string? Email,
    [property: MaxLength(ClosureLimits.PhoneLength)] string? Phone,
    [property: MaxLength(TextLengths.EnumCode)] string? PreferredLanguage,
    LetterFormat? Format) : IHasExample<ContactDocument>
{
    public static ContactDocument Example => new("Ms A Parent", "1 Example Street\nExampletown\nEX1 1AA", null, "01632 960000", "en", LetterFormat.Standard);

    public FamilyContact ToContact() => new(AddresseeName.Trim(), Blank(PostalAddress), Blank(Email), Blank(Phone), Blank(PreferredLanguage), Format ?? LetterFormat.Standard);

    public static ContactDocument? Of(FamilyContact? contact) =>
        contact is null ? null : new(contact.AddresseeName, contact.PostalAddress, contact.Email, contact.Phone, contact.PreferredLanguage, contact.Format);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A closed case, as the case-management system (or an officer) reports it.</summary>
/// <param name="ClosureId">The case-management system's own opaque id for the closure: sending it again returns the closure already recorded. Never a name or other personal data.</param>
/// <param name="CaseReference">The family's pseudonymous case reference.</param>
/// <param name="ClosedOn">The day the case closed.</param>
/// <param name="ServiceArea">The service area code of the case (see /api/v1/reference-data/service-areas).</param>
/// <param name="Contact">How to reach the family; required unless doNotContact, and then left out (anything sent is not stored).</param>
/// <param name="DoNotContact">The family must not be contacted (for example where contact could put someone at risk): no letter, no call, ever.</param>
/// <param name="DoNotContactReason">Why not, in a few words (e.g. safeguarding); required with doNotContact.</param>
public sealed record ClosureNotice(
    [property: Required, MaxLength(TextLengths.ExternalId)] string ClosureId,
    [property: Required, MaxLength(TextLengths.ExternalId)] string CaseReference,
    DateOnly ClosedOn,
    [property: Required, MaxLength(TextLengths.Code)] string ServiceArea,
    ContactDocument? Contact,
    bool DoNotContact,
    [property: MaxLength(ClosureLimits.ReasonLength)] string? DoNotContactReason) : IHasExample<ClosureNotice>
{
    public static ClosureNotice Example => new("CMS-CL-2026-0412", "CASE-7731", new DateOnly(2026, 11, 27), "early-help", ContactDocument.Example, DoNotContact: false, DoNotContactReason: null);
}

/// <summary>Where a closure's follow-up stands.</summary>
public enum FollowUpStatus
{
    /// <summary>Not to be contacted, from the closure notice.</summary>
    DoNotContact,

    /// <summary>The family opted out.</summary>
    OptedOut,

    /// <summary>The next letters run (08:00) writes the letter.</summary>
    AwaitingLetter,

    /// <summary>A send began and its outcome is unknown: an officer checks it.</summary>
    LetterStatusUnknown,

    /// <summary>The email cannot go to the address given: officers write or post it by hand.</summary>
    LetterUndeliverable,

    /// <summary>The letter is written (emailed, or in a print batch); no feedback yet.</summary>
    LetterWritten,

    /// <summary>Drawn in the quarterly sample and waiting for a call.</summary>
    OnCallList,

    /// <summary>Feedback arrived.</summary>
    Responded,

    /// <summary>The follow-up ended without feedback: a final call outcome, not drawn, or its time ran out.</summary>
    Ended,
}

/// <summary>A closed case and its follow-up. Contact details are shown to officers only, and only until erased.</summary>
public sealed record CaseClosureResponse(
    Guid Id,
    [property: MaxLength(TextLengths.ExternalId)] string ClosureId,
    [property: MaxLength(TextLengths.ExternalId)] string CaseReference,
    DateOnly ClosedOn,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    DateTimeOffset ReceivedAt,
    FollowUpStatus Status,
    LetterStatus Letter,
    LetterChannel? LetterChannel,
    DateOnly? LetterDate,
    bool ResentByHand,
    bool DoNotContact,
    DateOnly? OptedOutOn,
    OptOutRoute? OptedOutVia,
    DateOnly? RespondedOn,
    Channel? RespondedVia,
    bool Drawn,
    int CallAttempts,
    CallOutcome? CallOutcome,
    DateOnly? FollowUpEndedOn,
    DateOnly? ContactErasedOn,
    ContactDocument? Contact)
{
    /// <summary>The closure as officers see it (<paramref name="withContact"/>) or as its partner does.</summary>
    public static CaseClosureResponse Of(CaseClosure closure, bool withContact)
    {
        ArgumentNullException.ThrowIfNull(closure);
        return new(
            closure.Id.Value, closure.ClosureId, closure.CaseReference, closure.ClosedOn, closure.ServiceArea, closure.ReceivedAt, StatusOf(closure),
            closure.LetterStatus, closure.LetterChannel, closure.LetterDate, closure.ResentByHand, closure.DoNotContactReason is not null,
            closure.OptedOutOn, closure.OptedOutVia, closure.RespondedOn, closure.RespondedVia, closure.Drawn, closure.Calls.Count, closure.CallOutcome,
            closure.FollowUpEndedOn, closure.ContactErasedOn, withContact ? ContactDocument.Of(closure.Contact) : null);
    }

    private static FollowUpStatus StatusOf(CaseClosure closure) => closure switch
    {
        { DoNotContactReason: not null } => FollowUpStatus.DoNotContact,
        { OptedOutOn: not null } => FollowUpStatus.OptedOut,
        { RespondedOn: not null } => FollowUpStatus.Responded,
        { LetterStatus: LetterStatus.StatusUnknown } => FollowUpStatus.LetterStatusUnknown,
        { LetterStatus: LetterStatus.Undeliverable } => FollowUpStatus.LetterUndeliverable,
        { OnCallList: true } => FollowUpStatus.OnCallList,
        { FollowUpEndedOn: not null } => FollowUpStatus.Ended,
        { LetterStatus: LetterStatus.Waiting or LetterStatus.Sending } => FollowUpStatus.AwaitingLetter,
        _ => FollowUpStatus.LetterWritten,
    };
}
