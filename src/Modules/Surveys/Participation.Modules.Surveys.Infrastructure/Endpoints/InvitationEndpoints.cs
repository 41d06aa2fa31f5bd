using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.Modules.Surveys.Application.Invitations.IssueInvitations;
using Participation.Modules.Surveys.Application.Invitations.RevokeInvitation;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Domain.Invitations;

namespace Participation.Modules.Surveys.Infrastructure.Endpoints;

internal static class InvitationEndpoints
{
    public static void MapInvitations(this IEndpointRouteBuilder endpoints)
    {
        var invitations = endpoints.MapGroup($"{SurveyEndpoints.Path}/{{id:guid}}/invitations")
            .WithTags("Surveys")
            .RequireAuthorization(SurveyEndpoints.DesignPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        invitations.MapPost("/", Issue)
            .WithName("IssueInvitations").WithSummary("Issues single-use links (one per recipient, up to 1000) or one open link for an anonymous survey; the tokens are shown only now (ParticipationOfficer, Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        invitations.MapDelete("/{invitationId:guid}", Revoke)
            .WithName("RevokeInvitation").WithSummary("Withdraws a link: it no longer opens (ParticipationOfficer, Administrator)");
    }

    private static async Task<Created<IssuedInvitations>> Issue(Guid id, InvitationsRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var issued = await sender.Send(new IssueInvitationsCommand(id, request.Kind, request.ExpiresAt, request.Recipients ?? [], request.Respondent, request.Variant?.Trim()), cancellationToken);
        return TypedResults.Created($"{SurveyEndpoints.Path}/{id}/invitations", new IssuedInvitations(issued));
    }

    private static async Task<NoContent> Revoke(Guid id, Guid invitationId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeInvitationCommand(id, invitationId), cancellationToken);
        return TypedResults.NoContent();
    }
}

/// <summary>Links to issue.</summary>
/// <param name="Kind">single-use (one answer each) or open (any number of answers; anonymous surveys only).</param>
/// <param name="ExpiresAt">When the links stop opening; by default the end of the survey's close date or 90 days, whichever is sooner.</param>
/// <param name="Recipients">For single-use links, one entry per person, each naming a pseudonymous case reference or nothing; none for an open link.</param>
/// <param name="Respondent">Who answers through these links, as groups: results can be filtered by them.</param>
/// <param name="Variant">The survey's variant whose words the links open (e.g. under-11); left out, the standard wording.</param>
internal sealed record InvitationsRequest(
    InvitationKind Kind,
    DateTimeOffset? ExpiresAt,
    [property: MaxLength(IssueInvitationsCommandValidator.MaxRecipients)] IReadOnlyList<InvitationRecipient>? Recipients,
    RespondentGroups? Respondent,
    [property: MaxLength(Participation.BuildingBlocks.Domain.TextLengths.Code)] string? Variant) : IHasExample<InvitationsRequest>
{
    public static InvitationsRequest Example => new(
        InvitationKind.SingleUse,
        new DateTimeOffset(2027, 3, 31, 23, 0, 0, TimeSpan.Zero),
        [new("C-1042"), new("C-2210")],
        new(BuildingBlocks.Domain.Vocabulary.Audience.ChildOrYoungPerson, "children-in-care", [BuildingBlocks.Domain.Vocabulary.PriorityCohort.LookedAfterChildren]),
        "under-11");
}

/// <summary>The links issued, each with its token: keep them now, they are not shown again.</summary>
internal sealed record IssuedInvitations([property: MaxLength(IssueInvitationsCommandValidator.MaxRecipients)] IReadOnlyList<IssuedInvitation> Items);
