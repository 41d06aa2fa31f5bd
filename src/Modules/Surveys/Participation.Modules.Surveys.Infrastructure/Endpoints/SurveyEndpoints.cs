using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Responding.EnterAnswers;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Application.Results;
using Participation.Modules.Surveys.Application.Results.GetSurveyResults;
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
        surveys.MapGet("/{id:guid}/results", Results)
            .WithName("GetSurveyResults").WithSummary("A version's answers counted, small counts withheld; free text of identified surveys to ParticipationOfficers and Managers only")
            .AuditsRecord("id")
            .AuditReads();
        surveys.MapPost("/{id:guid}/responses", Enter)
            .WithName("EnterAnswers").WithSummary("Enters answers taken by phone, on paper or face to face, with the channel and who entered them (ParticipationOfficer, Administrator)")
            .AuditsRecord("id")
            .RequireAuthorization(DesignPolicy)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
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

    private static async Task<Ok<Page<SurveySummary>>> List(ISender sender, CancellationToken cancellationToken, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListSurveysQuery(pageSize, cursor), cancellationToken));

    private static async Task<Ok<SurveyDefinition>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetSurveyQuery(id), response, cancellationToken));

    private static async Task<Ok<PublishedSurvey>> GetVersion(Guid id, [Range(1, int.MaxValue)] int number, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetSurveyVersionQuery(id, number), response, cancellationToken));

    private static async Task<Ok<SurveyResults>> Results(
        Guid id,
        ISender sender,
        ClaimsPrincipal user,
        CancellationToken cancellationToken,
        [Range(1, int.MaxValue)] int? version = null,
        [MaxLength(TextLengths.EnumCode)] string? audience = null,
        [MaxLength(TextLengths.EnumCode)] string? cohort = null,
        [MaxLength(TextLengths.Code)] string? serviceArea = null)
    {
        var from = new RespondentFilter(QueryCodes.Parse<Audience>(audience, nameof(audience)), QueryCodes.Parse<PriorityCohort>(cohort, nameof(cohort)), serviceArea);
        return TypedResults.Ok(await sender.Send(new GetSurveyResultsQuery(id, version, from, user.IsInRole(Roles.ParticipationOfficer) || user.IsInRole(Roles.Manager)), cancellationToken));
    }

    private static async Task<Created<EnteredAnswers>> Enter(Guid id, EnterAnswersRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var response = await sender.Send(new EnterAnswersCommand(id, request.Version, request.Channel, request.CaseReference, request.Respondent, request.Variant?.Trim(), request.Answers), cancellationToken);
        return TypedResults.Created((string?)null, new EnteredAnswers(response, request.Version));
    }

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

/// <summary>Answers taken by phone, on paper or face to face.</summary>
/// <param name="Version">The published version the answers were given to.</param>
/// <param name="Channel">telephone, paper-form or face-to-face.</param>
/// <param name="CaseReference">The child's or family's pseudonymous case reference, for an identified survey only.</param>
/// <param name="Respondent">Who answered, as groups: results can be filtered by them.</param>
/// <param name="Variant">The survey's variant whose words were answered (e.g. under-11); left out, the standard wording.</param>
/// <param name="Answers">One per question answered.</param>
internal sealed record EnterAnswersRequest(
    int Version,
    Channel Channel,
    [property: MaxLength(TextLengths.ExternalId)] string? CaseReference,
    RespondentGroups? Respondent,
    [property: MaxLength(TextLengths.Code)] string? Variant,
    [property: MaxLength(QuestionnaireDocument.MaxQuestions)] IReadOnlyList<AnswerDocument> Answers) : IHasExample<EnterAnswersRequest>
{
    public static EnterAnswersRequest Example => new(1, Channel.Telephone, "C-1042", new(Audience.ChildOrYoungPerson, "children-in-care", [PriorityCohort.LookedAfterChildren]), null, [new(1, "3", null), new(2, "partly", null)]);
}

/// <summary>Answers entered.</summary>
/// <param name="Id">The response's id.</param>
/// <param name="Version">The version they answered.</param>
internal sealed record EnteredAnswers(Guid Id, int Version);
