using Mediator;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Application.Invitations.IssueInvitations;

/// <summary>
/// Issues links to answer a survey: one open link, or a single-use link per recipient (each optionally naming a
/// pseudonymous case reference), all for the same respondent groups. The tokens are returned this once.
/// </summary>
public sealed record IssueInvitationsCommand(Guid SurveyId, InvitationKind Kind, DateTimeOffset? ExpiresAt, IReadOnlyList<InvitationRecipient> Recipients, Responding.RespondentGroups? Respondent, string? Variant) : ICommand<IReadOnlyList<IssuedInvitation>>;

/// <summary>Someone to invite, named only by a pseudonymous case reference if at all.</summary>
/// <param name="CaseReference">The child's or family's pseudonymous case reference; never for anonymous surveys.</param>
public sealed record InvitationRecipient([property: System.ComponentModel.DataAnnotations.MaxLength(Participation.BuildingBlocks.Domain.TextLengths.ExternalId)] string? CaseReference);

/// <summary>A link issued, with its token: shown now and never again.</summary>
/// <param name="Id">The invitation's id, to revoke it.</param>
/// <param name="Token">The secret in the link; only its hash is kept.</param>
/// <param name="Link">The page the token opens, to send to the respondent (the children's app answers on /api/v1/respond/{token}).</param>
/// <param name="CaseReference">The case reference it names, if any.</param>
/// <param name="ExpiresAt">When it stops opening.</param>
public sealed record IssuedInvitation(
    Guid Id,
    [property: System.ComponentModel.DataAnnotations.MaxLength(InvitationTokens.Length)] string Token,
    [property: System.ComponentModel.DataAnnotations.MaxLength(IssuedInvitation.LinkMaxLength)] string Link,
    [property: System.ComponentModel.DataAnnotations.MaxLength(Participation.BuildingBlocks.Domain.TextLengths.ExternalId)] string? CaseReference,
    DateTimeOffset ExpiresAt)
{
    public const int LinkMaxLength = 80;
}
