using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Surveys.Application.Surveys;
using Participation.Modules.Surveys.Application.Surveys.DesignSurvey;
using Participation.Modules.Surveys.Application.Surveys.GetSurvey;
using Participation.Modules.Surveys.Application.Surveys.GetSurveyVersion;
using Participation.Modules.Surveys.Application.Surveys.ListSurveys;
using Participation.Modules.Surveys.Application.Surveys.PublishSurvey;
using Participation.Modules.Surveys.Application.Surveys.ReviseSurvey;

namespace Participation.Modules.Surveys.Infrastructure.Endpoints;

internal static class SurveyEndpoints
{
    public const string Path = "/api/v1/surveys";

    /// <summary>Reading surveys: ParticipationOfficer, Manager, Analyst, Administrator.</summary>
    public const string ReadPolicy = "surveys-read";

    /// <summary>Designing and publishing surveys: ParticipationOfficer, Administrator.</summary>
    public const string DesignPolicy = "surveys-design";

    public static void MapSurveys(this IEndpointRouteBuilder endpoints)
    {
        var surveys = endpoints.MapGroup(Path)
            .WithTags("Surveys")
            .RequireAuthorization(ReadPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        surveys.MapGet("/", List).WithName("ListSurveys").WithSummary("Surveys in the order they were designed (ParticipationOfficer, Manager, Analyst, Administrator)");
        surveys.MapGet("/{id:guid}", Get).WithName("GetSurvey").WithSummary("One survey's draft and published versions, with its ETag").ReturnsETag();
        surveys.MapGet("/{id:guid}/versions/{number:int}", GetVersion)
            .WithName("GetSurveyVersion").WithSummary("A published version exactly as its respondents were given it; it never changes")
            .ReturnsETag();
        surveys.MapPost("/", Design)
            .WithName("DesignSurvey").WithSummary("Starts a survey as a draft (ParticipationOfficer, Administrator)")
            .ReturnsETag()
            .RequireAuthorization(DesignPolicy)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        surveys.MapPut("/{id:guid}", Revise)
            .WithName("ReviseSurvey").WithSummary("Replaces the draft; published versions stay as they are; needs If-Match (ParticipationOfficer, Administrator)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(DesignPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        surveys.MapPost("/{id:guid}/publications", Publish)
            .WithName("PublishSurvey").WithSummary("Publishes the draft as the next immutable version; needs If-Match (ParticipationOfficer, Administrator)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(DesignPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<Page<SurveySummary>>> List(ISender sender, CancellationToken cancellationToken, int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListSurveysQuery(pageSize, cursor), cancellationToken));

    private static async Task<Ok<SurveyDefinition>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetSurveyQuery(id), response, cancellationToken));

    private static async Task<Ok<PublishedSurvey>> GetVersion(Guid id, int number, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetSurveyVersionQuery(id, number), response, cancellationToken));

    private static async Task<Created<SurveyDefinition>> Design(QuestionnaireDocument request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new DesignSurveyCommand(request), cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetSurveyQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<SurveyDefinition>> Revise(Guid id, QuestionnaireDocument request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new ReviseSurveyCommand(id, http.RequiredIfMatch(), request), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetSurveyQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Created<PublishedSurvey>> Publish(Guid id, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        var number = await sender.Send(new PublishSurveyCommand(id, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Created($"{Path}/{id}/versions/{number}", await sender.SendVersioned(new GetSurveyVersionQuery(id, number), http.HttpContext.Response, cancellationToken));
    }
}
