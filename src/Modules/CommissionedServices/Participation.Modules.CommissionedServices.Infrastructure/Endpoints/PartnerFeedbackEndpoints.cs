using MaxLengthAttribute = System.ComponentModel.DataAnnotations.MaxLengthAttribute;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.CommissionedServices.Application.Feedback;
using Participation.Modules.CommissionedServices.Application.Feedback.AcceptFeedback;
using Participation.Modules.CommissionedServices.Application.Feedback.GetPartnerFeedback;
using Participation.Modules.CommissionedServices.Application.Feedback.ListPartnerFeedback;
using Participation.Modules.CommissionedServices.Domain.Feedback;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Infrastructure.Partners;

namespace Participation.Modules.CommissionedServices.Infrastructure.Endpoints;

/// <summary>Feedback posted by partner systems: every item is the calling provider's, and only its own can be read back.</summary>
internal static class PartnerFeedbackEndpoints
{
    /// <summary>One item: comfortably above the largest valid item.</summary>
    private const long SingleItemBodyLimit = 64 * 1024;

    /// <summary>A full batch of the largest valid items.</summary>
    private const long BatchBodyLimit = 8 * 1024 * 1024;

    private const string Path = "/feedback";

    public static void MapPartnerFeedback(this RouteGroupBuilder partner)
    {
        partner.MapPost(Path, Post)
            .WithName("PostPartnerFeedback")
            .WithSummary("Posts one feedback item; a resend with the same externalId returns the stored item (200) and stores nothing")
            .WithDescription($"Body limit {SingleItemBodyLimit} bytes.")
            .AcceptsBodyUpTo(SingleItemBodyLimit)
            .WithIdempotencyKey(required: false)
            .RequirePartnerScope(PartnerScopes.FeedbackWrite);
        partner.MapPost($"{Path}/batch", PostBatch)
            .WithName("PostPartnerFeedbackBatch")
            .WithSummary($"Posts up to {AcceptFeedbackCommandValidator.MaxBatchItems} items: all valid or none stored; known externalIds are reported as duplicates, not stored again")
            .WithDescription($"At most {AcceptFeedbackCommandValidator.MaxBatchItems} items; body limit {BatchBodyLimit} bytes.")
            .AcceptsBodyUpTo(BatchBodyLimit)
            .WithIdempotencyKey(required: true)
            .RequirePartnerScope(PartnerScopes.FeedbackWrite);
        partner.MapGet($"{Path}/{{id:guid}}", Get)
            .WithName("GetPartnerFeedback")
            .WithSummary("One of this provider's feedback items, with its ETag")
            .ReturnsETag()
            .AuditReads()
            .RequirePartnerScope(PartnerScopes.FeedbackRead)
            .ProducesProblem(StatusCodes.Status404NotFound);
        partner.MapGet(Path, List)
            .WithName("ListPartnerFeedback")
            .AuditReads()
            .WithSummary("This provider's feedback items in the order accepted")
            .RequirePartnerScope(PartnerScopes.FeedbackRead);
    }

    private static async Task<Results<Created<FeedbackItemResponse>, Ok<FeedbackItemResponse>>> Post(
        FeedbackItemRequest request, ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken)
    {
        var accepted = await sender.Send(new AcceptFeedbackCommand(partner.PartnerId(), [request.ToContent()]), cancellationToken).AsTask().AsSingleItemAsync("items");
        var stored = accepted.Items[0];
        var item = (await sender.Send(new GetPartnerFeedbackQuery(partner.PartnerId(), stored.Id), cancellationToken)).Value;
        return stored.Duplicate ? TypedResults.Ok(item) : TypedResults.Created($"/api/v1/partner{Path}/{stored.Id}", item);
    }

    private static async Task<Ok<AcceptFeedbackResponse>> PostBatch(FeedbackBatchRequest request, ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new AcceptFeedbackCommand(partner.PartnerId(), [.. request.Items.Select(item => item?.ToContent()!)]),
            cancellationToken));

    private static async Task<Ok<FeedbackItemResponse>> Get(Guid id, ClaimsPrincipal partner, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetPartnerFeedbackQuery(partner.PartnerId(), id), response, cancellationToken));

    private static async Task<Ok<Page<FeedbackItemResponse>>> List(ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListPartnerFeedbackQuery(partner.PartnerId(), pageSize, cursor), cancellationToken));
}

/// <summary>One feedback item as a partner system sends it.</summary>
/// <param name="ExternalId">The partner's own opaque id for the item, never a name, NHS number or other personal data (it is echoed in responses and may appear in database logs); (provider, externalId) is unique, so a resend never duplicates.</param>
/// <param name="ReceivedOn">When the partner received it.</param>
/// <param name="Audience">Who gave it (see /api/v1/reference-data/audiences).</param>
/// <param name="Cohorts">The priority cohorts it touches (see /api/v1/reference-data/priority-cohorts).</param>
/// <param name="ServiceArea">The service area code it points to.</param>
/// <param name="Channel">How it reached the partner (see /api/v1/reference-data/channels).</param>
/// <param name="Rating">1 to 5, optional.</param>
/// <param name="Comment">Free text, at most 2000 characters, optional.</param>
/// <param name="Themes">Suggested theme codes, optional.</param>
/// <param name="ConsentToQuote">Whether the person agreed to be quoted, anonymously, in the council's reports; the comment is then redacted of names, telephone numbers, email addresses and postcodes before any of it is quoted. Omitted or null: no.</param>
internal sealed record FeedbackItemRequest(
    [property: MaxLength(TextLengths.ExternalId)] string ExternalId,
    DateOnly ReceivedOn,
    Audience Audience,
    [property: MaxLength(ListLengths.Cohorts)] IReadOnlyList<PriorityCohort>? Cohorts,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    Channel Channel,
    int? Rating,
    [property: MaxLength(TextLengths.Statement)] string? Comment,
    [property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string>? Themes,
    bool? ConsentToQuote = null) : IHasExample<FeedbackItemRequest>
{
    public static FeedbackItemRequest Example => new(
        "camhs-2026-0001", new DateOnly(2026, 12, 1), Audience.ChildOrYoungPerson, [PriorityCohort.LookedAfterChildren], "camhs",
        Channel.OnlineForm, 4, "My worker listened to me and explained what would happen next.", ["being-listened-to"], ConsentToQuote: true);

    public FeedbackItemContent ToContent() =>
        new(ExternalId, ReceivedOn, Audience, Cohorts ?? [], ServiceArea, Channel, Rating, Comment, Themes ?? [], ConsentToQuote ?? false);
}

/// <summary>A batch of feedback items.</summary>
/// <param name="Items">Up to 1000 items.</param>
internal sealed record FeedbackBatchRequest([property: System.ComponentModel.DataAnnotations.MaxLength(AcceptFeedbackCommandValidator.MaxBatchItems)] IReadOnlyList<FeedbackItemRequest> Items) : IHasExample<FeedbackBatchRequest>
{
    public static FeedbackBatchRequest Example => new(
    [
        FeedbackItemRequest.Example,
        FeedbackItemRequest.Example with { ExternalId = "camhs-2026-0002", Audience = Audience.Parent, Cohorts = null, Rating = 3, Comment = null, Themes = null, ConsentToQuote = null },
    ]);
}
