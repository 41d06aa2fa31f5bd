using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.Surveys.Application.ClosedCases.OptOut;
using Participation.Modules.Surveys.Application.Invitations;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Responding.GetQuestionnaireToAnswer;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Application.Surveys;

namespace Participation.Modules.Surveys.Infrastructure.Endpoints;

/// <summary>
/// The public routes the council's web form and the children's app answer surveys on: no credentials, the link's
/// token is the only key, each link rate-limited, nothing about the caller recorded (docs/domain/surveys.md#answering).
/// </summary>
internal static class RespondentEndpoints
{
    public const string Path = "/api/v1/respond/{token}";
    public static void MapRespondents(this IEndpointRouteBuilder endpoints)
    {
        var respond = endpoints.MapGroup(Path)
            .WithTags("Respond")
            .AllowAnonymous()
            .NotAudited()
            .RateLimitedPerLink("token")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        respond.MapGet("/", Get)
            .WithName("GetQuestionnaireToAnswer").WithSummary("The questionnaire a link opens (no credentials; 404 for an unknown link, 410 for one used, expired or withdrawn)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        respond.MapPost("/", Submit)
            .WithName("SubmitAnswers").WithSummary("Answers through a link, once: the same answers again get the first receipt, different ones 409 (no credentials)")
            .WithDescription($"Body limit {QuestionnaireDocument.MaxAnswersBodyBytes} bytes.")
            .AcceptsBodyUpTo(QuestionnaireDocument.MaxAnswersBodyBytes)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        respond.MapGet("/opt-out", GetOptOut)
            .WithName("GetOptOut").WithSummary("Whether the family a closed case's letter went to has opted out of its follow-up (no credentials; 404 for a link that is no letter's)");
        respond.MapPost("/opt-out", OptOut)
            .WithName("OptOut").WithSummary("Opts the family a closed case's letter went to out of its follow-up, for good: no letter not yet sent, no call; the link closes. Again changes nothing (no credentials)");
    }

    private static async Task<Ok<RespondentQuestionnaire>> Get([MaxLength(InvitationTokens.Length)] string token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetQuestionnaireToAnswerQuery(token), cancellationToken));

    private static async Task<Ok<OptOutState>> GetOptOut([MaxLength(InvitationTokens.Length)] string token, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetOptOutStateQuery(token), cancellationToken));

    private static async Task<Ok<OptOutState>> OptOut([MaxLength(InvitationTokens.Length)] string token, ISender sender, IServiceProvider services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendOnceMoreIfRacedAsync(new OptOutByLinkCommand(token), services, cancellationToken));

    private static async Task<Ok<SubmissionReceipt>> Submit(
        [MaxLength(InvitationTokens.Length)] string token, AnswersRequest request, ISender sender, IServiceProvider services, CancellationToken cancellationToken)
    {
        var command = new SubmitAnswersCommand(token, request.Version, request.Answers, request.Channel ?? Channel.OnlineForm);
        return TypedResults.Ok(await sender.SendOnceMoreIfRacedAsync(command, services, cancellationToken));
    }
}

/// <summary>A respondent's answers.</summary>
/// <param name="Version">The version the questionnaire was given as.</param>
/// <param name="Answers">One per question answered; questions hidden by their condition are left out.</param>
/// <param name="Channel">online-form (the default) or app.</param>
internal sealed record AnswersRequest(
    int Version,
    [property: MaxLength(Application.Surveys.QuestionnaireDocument.MaxQuestions)] IReadOnlyList<AnswerDocument> Answers,
    Channel? Channel) : IHasExample<AnswersRequest>
{
    public static AnswersRequest Example => new(1, [new(1, "2", null), new(2, "yes", null), new(3, "More time to talk before the meeting", null)], BuildingBlocks.Domain.Vocabulary.Channel.App);
}
