using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Surveys;
using Participation.Modules.Surveys.Application.Triggers;
using Participation.Modules.Surveys.Application.Triggers.AddTriggerRule;
using Participation.Modules.Surveys.Application.Triggers.ListTriggerRules;
using Participation.Modules.Surveys.Application.Triggers.ReceiveCaseEvent;
using Participation.Modules.Surveys.Application.Triggers.RemoveTriggerRule;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Infrastructure.Endpoints;

/// <summary>
/// Event-triggered questionnaires (docs/domain/surveys.md#triggers): officers say which case events send a survey and
/// when; the case-management system posts the events and delivers the links it gets back.
/// </summary>
internal static class TriggerEndpoints
{
    public const string PartnerPath = "/api/v1/partner/survey-triggers";

    /// <summary>A case event is a few short fields.</summary>
    private const long MaxEventBytes = 4 * 1024;

    public static void MapTriggers(this IEndpointRouteBuilder endpoints)
    {
        var rules = endpoints.MapGroup($"{SurveyEndpoints.Path}/{{id:guid}}/triggers")
            .WithTags("Surveys")
            .RequireAuthorization(SurveyEndpoints.ReadPolicy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        rules.MapGet("/", List)
            .WithName("ListTriggerRules").WithSummary("The case events that send this survey, and when (ParticipationOfficer, Manager, Analyst, Administrator)");
        rules.MapPost("/", Add)
            .WithName("AddTriggerRule").WithSummary("Makes a case event send this event-triggered survey, a number of days, working days or months before or after the event (ParticipationOfficer, Administrator)")
            .RequireAuthorization(SurveyEndpoints.DesignPolicy)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        rules.MapDelete("/{ruleId:guid}", Remove)
            .WithName("RemoveTriggerRule").WithSummary("Stops a rule firing; links it already scheduled stay (ParticipationOfficer, Administrator)")
            .RequireAuthorization(SurveyEndpoints.DesignPolicy);

        endpoints.MapGroup(PartnerPath)
            .WithTags("Partner")
            .RequirePartner()
            .ProducesValidationProblem()
            .MapPost("/", Receive)
            .WithName("PostSurveyTrigger").WithSummary("A case event (a conference or review booked, a placement started or ended): every rule it fires schedules a single-use link, returned for the partner to deliver; the same eventId again returns the same links (scope surveys:trigger)")
            .RequirePartnerScope(PartnerScopes.SurveysTrigger)
            .AcceptsBodyUpTo(MaxEventBytes)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<TriggerRules>> List(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TriggerRules(await sender.Send(new ListTriggerRulesQuery(id), cancellationToken)));

    private static async Task<Created<TriggerRuleResponse>> Add(Guid id, TriggerRuleRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var rule = await sender.Send(new AddTriggerRuleCommand(id, request.Event, request.Timing, request.LinkLifetimeDays, request.Wordings), cancellationToken);
        return TypedResults.Created($"{SurveyEndpoints.Path}/{id}/triggers/{rule.Id}", rule);
    }

    private static async Task<NoContent> Remove(Guid id, Guid ruleId, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveTriggerRuleCommand(id, ruleId), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<CaseEventReceipt>, Ok<CaseEventReceipt>>> Receive(
        CaseEventRequest request, ClaimsPrincipal partner, ISender sender, IServiceProvider services, CancellationToken cancellationToken)
    {
        var command = new ReceiveCaseEventCommand(partner.PartnerId(), request.EventId, request.Event, request.EventDate, request.CaseReference, request.Respondent, request.RespondentAge, request.Language);
        var receipt = await sender.SendOnceMoreIfRacedAsync(command, services, cancellationToken);
        return receipt.Repeated ? TypedResults.Ok(receipt) : TypedResults.Created((string?)null, receipt);
    }
}

/// <summary>A survey's trigger rules, oldest first.</summary>
internal sealed record TriggerRules([property: MaxLength(CaseEventReceipt.MaxRulesShown)] IReadOnlyList<TriggerRuleResponse> Items);

/// <summary>A trigger rule to add.</summary>
/// <param name="Event">The case event that sends the survey.</param>
/// <param name="Timing">When the link opens: an amount of days, working days or months, before or after the event's date. A day already past opens it at once.</param>
/// <param name="LinkLifetimeDays">How many days the link stays open from the day it opens (never past the survey's close).</param>
/// <param name="Wordings">Which of the survey's variants a link opens in, by the respondent's age and language as the event gives them: the first that suits; none suiting (or none given), the standard words.</param>
internal sealed record TriggerRuleRequest(
    CaseEvent Event,
    TriggerTiming Timing,
    [property: Range(1, TriggerRule.MaxLinkLifetimeDays)] int LinkLifetimeDays,
    [property: MaxLength(QuestionnaireDocument.MaxVariants)] IReadOnlyList<WordingChoice>? Wordings = null) : IHasExample<TriggerRuleRequest>
{
    public static TriggerRuleRequest Example => new(
        CaseEvent.LookedAfterReviewBooked, new TriggerTiming(10, OffsetUnit.WorkingDays, OffsetDirection.Before), 10, [new("cymraeg", null, null, "cy"), new("under-11", null, 10, null)]);
}

/// <summary>A case event from the case-management system.</summary>
/// <param name="EventId">The partner's own opaque id for the event: posting it again returns the same links. Never a name or other personal data.</param>
/// <param name="Event">What happened.</param>
/// <param name="EventDate">The day of the meeting, the placement or the carer's leaving.</param>
/// <param name="CaseReference">The child's or family's pseudonymous case reference, put on links to identified surveys only.</param>
/// <param name="Respondent">Who will answer, as groups (the service area and the child's priority cohorts the case system knows); a survey with several audiences or service areas is sent only when they are named.</param>
/// <param name="RespondentAge">The respondent's age in whole years, if a child: chooses an age-appropriate wording where a rule has one. Not stored.</param>
/// <param name="Language">The language the respondent prefers, ISO 639-1 (cy for Welsh): chooses a wording in it where a rule has one. Not stored.</param>
internal sealed record CaseEventRequest(
    [property: Required, MaxLength(TextLengths.ExternalId)] string EventId,
    CaseEvent Event,
    DateOnly EventDate,
    [property: MaxLength(TextLengths.ExternalId)] string? CaseReference,
    RespondentGroups? Respondent,
    [property: Range(0, WordingChoice.MaxAge)] int? RespondentAge = null,
    [property: MinLength(2), MaxLength(2), RegularExpression(Domain.Surveys.QuestionnaireVariant.LanguagePattern)] string? Language = null) : IHasExample<CaseEventRequest>
{
    public static CaseEventRequest Example => new("CMS-EV-88213", CaseEvent.AdoptionPlacementMade, new DateOnly(2027, 1, 15), "C-1042", new(null, "adoption", []), null, "cy");
}
