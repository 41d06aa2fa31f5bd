using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Surveys.Application.ClosedCases;
using Participation.Modules.Surveys.Application.ClosedCases.Calls.RecordCall;
using Participation.Modules.Surveys.Application.ClosedCases.CheckLetter;
using Participation.Modules.Surveys.Application.ClosedCases.Feedback.RecordFeedback;
using Participation.Modules.Surveys.Application.ClosedCases.GetClosure;
using Participation.Modules.Surveys.Application.ClosedCases.Letters.GetPrintBatch;
using Participation.Modules.Surveys.Application.ClosedCases.Letters.MarkPrintBatchPrinted;
using Participation.Modules.Surveys.Application.ClosedCases.ListClosures;
using Participation.Modules.Surveys.Application.ClosedCases.OptOut;
using Participation.Modules.Surveys.Application.ClosedCases.ReceiveClosures;
using Participation.Modules.Surveys.Application.ClosedCases.Reports.GetClosedCaseReport;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Application.Surveys;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Infrastructure.ClosedCases;

namespace Participation.Modules.Surveys.Infrastructure.Endpoints;

/// <summary>
/// Closed-case follow-up (docs/domain/closed-case-follow-up.md): the case-management system reports closures; officers
/// see them, download the day's letters to print, work the telephone call list and check letters whose sending could
/// not be confirmed.
/// </summary>
internal static class ClosedCaseEndpoints
{
    public const string Path = "/api/v1/closed-cases";
    public const string PartnerPath = "/api/v1/partner/case-closures";
    public const string OfficerPolicy = "closed-cases-officers";
    public const string ReportPolicy = "closed-cases-reports";

    /// <summary>One closure: comfortably above the largest valid one.</summary>
    private const long SingleBodyLimit = 16 * 1024;

    /// <summary>A full batch of the largest valid closures.</summary>
    private const long BatchBodyLimit = 4 * 1024 * 1024;

    private const string Pdf = "application/pdf";

    public static void MapClosedCases(this IEndpointRouteBuilder endpoints)
    {
        var partner = endpoints.MapGroup(PartnerPath)
            .WithTags("Partner")
            .RequirePartner()
            .RequirePartnerScope(PartnerScopes.CaseClosuresWrite)
            .AuditsRecord("id")
            .ProducesValidationProblem();
        partner.MapPost("/", PostFromPartner)
            .WithName("PostCaseClosure").WithSummary("A case closed: the family gets one letter (unless doNotContact) and may be sampled for a call; the same closureId again returns the closure recorded (200) and stores nothing (scope case-closures:write)")
            .AcceptsBodyUpTo(SingleBodyLimit)
            .WithIdempotencyKey(required: false)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        partner.MapPost("/batch", PostBatchFromPartner)
            .WithName("PostCaseClosureBatch").WithSummary($"Up to {ReceiveClosuresCommandValidator.MaxBatch} closures: all valid or none stored; known closureIds reported as duplicates (scope case-closures:write)")
            .AcceptsBodyUpTo(BatchBodyLimit)
            .WithIdempotencyKey(required: true)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        partner.MapGet("/{id:guid}", GetForPartner)
            .WithName("GetPartnerCaseClosure").WithSummary("One of this partner's closures and where its follow-up stands, without contact details (scope case-closures:write)")
            .AuditReads()
            .ProducesProblem(StatusCodes.Status404NotFound);
        partner.MapPost("/{id:guid}/opt-out", OptOutForPartner)
            .WithName("OptOutPartnerCaseClosure").WithSummary("The family opted out after the closure was sent: never contacted again for it (scope case-closures:write)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var staff = endpoints.MapGroup(Path)
            .WithTags("ClosedCases")
            .RequireAuthorization(OfficerPolicy)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapPost("/", Record)
            .WithName("RecordCaseClosure").WithSummary("Records a closure by hand, as the case-management system would; the same closureId again returns the closure recorded (ParticipationOfficer, Administrator)");
        staff.MapGet("/", List)
            .WithName("ListCaseClosures").WithSummary("Closures in the order received, with contact details until erased; letter=status-unknown lists the letters to check (ParticipationOfficer, Administrator)")
            .AuditReads();
        staff.MapGet("/{id:guid}", Get)
            .WithName("GetCaseClosure").WithSummary("One closure and where its follow-up stands (ParticipationOfficer, Administrator)")
            .AuditReads();
        staff.MapPost("/{id:guid}/opt-out", OptOut)
            .WithName("OptOutCaseClosure").WithSummary("The family said (by phone or letter) not to contact it again about this closure (ParticipationOfficer, Administrator)");
        staff.MapPost("/{id:guid}/letter-checks", CheckLetter)
            .WithName("CheckCaseClosureLetter").WithSummary("An officer's finding on a letter whose status is unknown: it arrived, or it did not and is resent by the next run, at most once (ParticipationOfficer, Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapGet("/call-list", CallList)
            .WithName("GetClosedCaseCallList").WithSummary("Families drawn in the quarterly telephone sample and still to be reached, with their numbers (ParticipationOfficer, Administrator)")
            .AuditReads();
        staff.MapPost("/{id:guid}/calls", RecordCall)
            .WithName("RecordClosedCaseCall").WithSummary("One call to a sampled family: its outcome, answers for feedback-given (a telephone response to the closed-case questionnaire), and an opt-out if asked (ParticipationOfficer, Administrator)")
            .AcceptsBodyUpTo(QuestionnaireDocument.MaxAnswersBodyBytes)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        staff.MapPost("/{id:guid}/feedback", RecordFeedback)
            .WithName("RecordClosedCaseFeedback").WithSummary("Feedback the family gave by ringing or writing in: a staff-entered response to the questionnaire its letter linked to; ends the follow-up, so the family is not called (ParticipationOfficer, Administrator)")
            .AcceptsBodyUpTo(QuestionnaireDocument.MaxAnswersBodyBytes)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        staff.MapGet("/print-batches/{date}", PrintBatch)
            .WithName("GetClosedCasePrintBatch").WithSummary("One PDF of the day's postal letters, one letter per page set, to print and post (ParticipationOfficer, Administrator)")
            .Produces<byte[]>(StatusCodes.Status200OK, Pdf)
            .AuditReads();
        staff.MapPost("/print-batches/{date}/printed", MarkPrinted)
            .WithName("MarkClosedCasePrintBatchPrinted").WithSummary("The day's batch was printed and posted (ParticipationOfficer, Administrator)");
        endpoints.MapGroup(Path)
            .WithTags("ClosedCases")
            .RequireAuthorization(ReportPolicy)
            .ProducesValidationProblem()
            .MapGet("/reports/quarterly", Report)
            .WithName("GetClosedCaseQuarterlyReport").WithSummary("A quarter's closures: letters by email and post, responses by channel, opt-outs and the telephone sample; counts under 5 withheld (ParticipationOfficer, Manager, Analyst, Administrator)");
    }

    private static async Task<Results<Created<CaseClosureResponse>, Ok<CaseClosureResponse>>> PostFromPartner(
        ClosureNotice request, ClaimsPrincipal partner, ISender sender, IServiceProvider services, CancellationToken cancellationToken)
    {
        var partnerId = partner.PartnerId();
        var receipt = (await sender.SendOnceMoreIfRacedAsync(new ReceiveClosuresCommand(partnerId, [request]), services, cancellationToken).AsSingleItemAsync("closures"))[0];
        var closure = await sender.Send(new GetClosureQuery(receipt.Id, partnerId), cancellationToken);
        return receipt.Duplicate ? TypedResults.Ok(closure) : TypedResults.Created($"{PartnerPath}/{receipt.Id}", closure);
    }

    private static async Task<Ok<ClosureReceipts>> PostBatchFromPartner(ClosureBatchRequest request, ClaimsPrincipal partner, ISender sender, IServiceProvider services, CancellationToken cancellationToken) =>
        TypedResults.Ok(new ClosureReceipts(await sender.SendOnceMoreIfRacedAsync(new ReceiveClosuresCommand(partner.PartnerId(), request.Closures), services, cancellationToken)));

    private static async Task<Ok<CaseClosureResponse>> GetForPartner(Guid id, ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetClosureQuery(id, partner.PartnerId()), cancellationToken));

    private static async Task<Ok<CaseClosureResponse>> OptOutForPartner(Guid id, ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new OptOutCommand(id, partner.PartnerId()), cancellationToken));

    private static async Task<Results<Created<CaseClosureResponse>, Ok<CaseClosureResponse>>> Record(ClosureNotice request, ISender sender, IServiceProvider services, CancellationToken cancellationToken)
    {
        var receipt = (await sender.SendOnceMoreIfRacedAsync(new ReceiveClosuresCommand(null, [request]), services, cancellationToken).AsSingleItemAsync("closures"))[0];
        var closure = await sender.Send(new GetClosureQuery(receipt.Id, null), cancellationToken);
        return receipt.Duplicate ? TypedResults.Ok(closure) : TypedResults.Created($"{Path}/{receipt.Id}", closure);
    }

    private static async Task<Ok<Page<CaseClosureResponse>>> List(
        ISender sender, CancellationToken cancellationToken, [MaxLength(TextLengths.EnumCode)] string? letter = null, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListClosuresQuery(QueryCodes.Parse<LetterStatus>(letter, nameof(letter)), pageSize, cursor), cancellationToken));

    private static async Task<Ok<CaseClosureResponse>> Get(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetClosureQuery(id, null), cancellationToken));

    private static async Task<Ok<CaseClosureResponse>> OptOut(Guid id, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new OptOutCommand(id, null), cancellationToken));

    private static async Task<Ok<CaseClosureResponse>> CheckLetter(Guid id, LetterCheckRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new CheckLetterCommand(id, request.Arrived), cancellationToken));

    private static async Task<Ok<Page<CaseClosureResponse>>> CallList(
        ISender sender, CancellationToken cancellationToken, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListClosuresQuery(null, pageSize, cursor, CallListOnly: true), cancellationToken));

    // A call racing another record on the closure is 412, not asked again: a second attempt must not be counted twice.
    private static async Task<Ok<CaseClosureResponse>> RecordCall(Guid id, CallRequest request, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new RecordCallCommand(id, request.Outcome, request.OptOut ?? false, request.Version, request.Answers), cancellationToken));

    // Feedback racing another record is asked again and meets it (409): counted once.
    private static async Task<Ok<CaseClosureResponse>> RecordFeedback(Guid id, FeedbackRequest request, ISender sender, IServiceProvider services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendOnceMoreIfRacedAsync(new RecordFeedbackCommand(id, request.Channel, request.Version, request.Answers), services, cancellationToken));

    private static async Task<FileContentHttpResult> PrintBatch([MaxLength(10)] string date, ISender sender, LetterWriter writer, CancellationToken cancellationToken)
    {
        var day = Day(date);
        return TypedResults.File(writer.Pdf(await sender.Send(new GetPrintBatchQuery(day), cancellationToken)), Pdf, $"closed-case-letters-{date}.pdf");
    }

    private static async Task<Ok<PrintBatchPrinted>> MarkPrinted([MaxLength(10)] string date, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(new PrintBatchPrinted(await sender.Send(new MarkPrintBatchPrintedCommand(Day(date)), cancellationToken)));

    private static async Task<Ok<ClosedCaseReport>> Report([ReportYear] int year, [Quarter] int quarter, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetClosedCaseReportQuery(year, quarter), cancellationToken));

    private static DateOnly Day(string date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("date", "date must be a day as yyyy-MM-dd.")]);
}

/// <summary>Closures sent together.</summary>
/// <param name="Closures">Up to 500.</param>
internal sealed record ClosureBatchRequest([property: MaxLength(ReceiveClosuresCommandValidator.MaxBatch)] IReadOnlyList<ClosureNotice> Closures) : IHasExample<ClosureBatchRequest>
{
    public static ClosureBatchRequest Example => new(
    [
        ClosureNotice.Example,
        ClosureNotice.Example with { ClosureId = "CMS-CL-2026-0413", CaseReference = "CASE-7732", Contact = null, DoNotContact = true, DoNotContactReason = "Safeguarding" },
    ]);
}

/// <summary>What became of each closure of a batch, in the order sent.</summary>
internal sealed record ClosureReceipts([property: MaxLength(ReceiveClosuresCommandValidator.MaxBatch)] IReadOnlyList<ClosureReceipt> Items);

/// <summary>An officer's finding on a letter whose status was unknown.</summary>
/// <param name="Arrived">true: the family has it (e.g. they said so, or the mail server's log shows it delivered); false: it did not arrive and is sent again by the next run, once.</param>
internal sealed record LetterCheckRequest(bool Arrived) : IHasExample<LetterCheckRequest>
{
    public static LetterCheckRequest Example => new(Arrived: false);
}

/// <summary>A call to a sampled family.</summary>
/// <param name="Outcome">feedback-given, declined, wrong-number (final), no-answer or call-back-requested (an attempt; the last allowed one ends as no-answer).</param>
/// <param name="OptOut">The family asked not to be contacted again.</param>
/// <param name="Version">With feedback-given: the published version of the closed-case questionnaire the answers were taken against.</param>
/// <param name="Answers">With feedback-given: the answers, as for any staff entry.</param>
internal sealed record CallRequest(
    CallOutcome Outcome,
    bool? OptOut,
    int? Version,
    [property: MaxLength(Application.Surveys.QuestionnaireDocument.MaxQuestions)] IReadOnlyList<AnswerDocument>? Answers) : IHasExample<CallRequest>
{
    public static CallRequest Example => new(CallOutcome.FeedbackGiven, false, 1, [new(1, "4", null), new(2, "Our worker kept us informed.", null)]);
}

/// <summary>Feedback a family gave of its own accord.</summary>
/// <param name="Channel">How it came: telephone, letter, paper-form, email or face-to-face.</param>
/// <param name="Version">The published version of the closed-case questionnaire the answers were taken against.</param>
/// <param name="Answers">The answers, as for any staff entry.</param>
internal sealed record FeedbackRequest(
    Channel Channel,
    int Version,
    [property: MaxLength(Application.Surveys.QuestionnaireDocument.MaxQuestions)] IReadOnlyList<AnswerDocument> Answers) : IHasExample<FeedbackRequest>
{
    public static FeedbackRequest Example => new(BuildingBlocks.Domain.Vocabulary.Channel.Letter, 1, [new(1, "2", null), new(2, "It took a long time to hear back.", null)]);
}

/// <summary>A print batch marked printed.</summary>
/// <param name="Letters">How many letters it held.</param>
internal sealed record PrintBatchPrinted(int Letters);
