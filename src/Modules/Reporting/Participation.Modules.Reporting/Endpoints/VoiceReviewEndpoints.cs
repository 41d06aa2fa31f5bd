using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Reporting.Voices;
using Participation.Modules.Reporting.Voices.ConfirmVoiceThemes;
using Participation.Modules.Reporting.Voices.GetVoice;
using Participation.Modules.Reporting.Voices.ListVoices;

namespace Participation.Modules.Reporting.Endpoints;

internal static class VoiceReviewEndpoints
{
    private const string Path = "/voices";

    public static void MapVoiceReview(this RouteGroupBuilder reports)
    {
        // A voice is one person's words, de-identified but theirs: reading one, or the queue of them, is audited.
        var voices = reports.MapGroup(Path).RequireAuthorization(ReportEndpoints.ReviewPolicy).AuditsRecord("id").ProducesProblem(StatusCodes.Status404NotFound);
        voices.MapGet("/to-review", List)
            .AuditReads().WithName("ListVoicesToReview").WithSummary("Voices whose suggested themes no one has confirmed, oldest first: serviceArea (ParticipationOfficer)");
        voices.MapGet("/{id:guid}", Get)
            .ReturnsETag().AuditReads().WithName("GetVoice").WithSummary("One voice whose themes are reviewed here, de-identified, with its ETag; a complaint's themes are tagged in Complaints, so it is not found here (ParticipationOfficer)");
        voices.MapPut("/{id:guid}/themes", Confirm)
            .RequiresIfMatch().ReturnsETag().WithName("ConfirmVoiceThemes")
            .WithSummary("Confirms a voice's themes or replaces them from the taxonomy; needs If-Match (ParticipationOfficer)");
    }

    private static async Task<Ok<Page<VoiceResponse>>> List(ISender sender, CancellationToken cancellationToken, [MaxLength(TextLengths.Code)] string? serviceArea = null, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListVoicesToReviewQuery(serviceArea, pageSize, cursor), cancellationToken));

    private static async Task<Ok<VoiceResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetVoiceQuery(id), response, cancellationToken));

    private static async Task<Ok<VoiceResponse>> Confirm(Guid id, VoiceThemesRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new ConfirmVoiceThemesCommand(id, request.Themes ?? [], http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetVoiceQuery(id), http.HttpContext.Response, cancellationToken));
    }
}

/// <summary>The themes a voice is about.</summary>
/// <param name="Themes">Theme codes from the taxonomy, at least one.</param>
internal sealed record VoiceThemesRequest([property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string>? Themes) : IHasExample<VoiceThemesRequest>
{
    public static VoiceThemesRequest Example => new(["being-listened-to"]);
}
