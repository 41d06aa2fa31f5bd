using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.Surveys.Application.ClosedCases.OptOut;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Responding.GetLinkLanguage;
using Participation.Modules.Surveys.Application.Responding.GetQuestionnaireToAnswer;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Application.Surveys;
using Participation.Modules.Surveys.Infrastructure.Endpoints;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Modules.Surveys.Infrastructure.RespondentPage;

/// <summary>
/// The page behind a link (docs/domain/surveys.md#answering, ADR 19): a family or child who follows it lands on an
/// accessible form, not on JSON. It works without JavaScript, asks the same queries and commands as the respondent
/// API, and like it is public, limited per link and kept out of the audit log. It takes no antiforgery token: the
/// secret is the link itself, and there is no sign-in a forged post could borrow.
/// </summary>
internal static class RespondentPageEndpoints
{
    public const string Path = "/respond/{token}";

    private static readonly RespondentPageView CouldNotRead =
        RespondentPageView.Notice("unavailable", "Your answers could not be read", "Go back to the link you were sent and answer the questions on the page.");

    public static void MapRespondentPage(this IEndpointRouteBuilder endpoints)
    {
        var page = endpoints.MapGroup(Path)
            .AllowAnonymous()
            .NotAudited()
            .RateLimitedPerLink("token")
            .ExcludeFromDescription();
        page.MapGet("/", Show);
        page.MapPost("/", Submit).AcceptsBodyUpTo(QuestionnaireDocument.MaxAnswersBodyBytes);
        page.MapGet("/opt-out", ShowOptOut);
        page.MapPost("/opt-out", ConfirmOptOut);
    }

    /// <summary>The letter's opt-out link: a page that asks before it acts, since a link can be opened by a mail scanner.</summary>
    private static async Task<IResult> ShowOptOut(string token, ISender sender, RespondentPageRenderer renderer, CancellationToken cancellationToken)
    {
        try
        {
            var state = await sender.Send(new GetOptOutStateQuery(token), cancellationToken);
            return renderer.Page(state.OptedOutOn is null ? OptOutPages.Ask(token) : OptOutPages.Done, StatusCodes.Status200OK);
        }
        catch (Exception exception) when (IsRefusal(exception))
        {
            return await RefusedAsync(token, exception, sender, renderer, cancellationToken);
        }
    }

    private static async Task<IResult> ConfirmOptOut(string token, ISender sender, IServiceProvider services, RespondentPageRenderer renderer, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendOnceMoreIfRacedAsync(new OptOutByLinkCommand(token), services, cancellationToken);
            return renderer.Page(OptOutPages.Done, StatusCodes.Status200OK);
        }
        catch (Exception exception) when (IsRefusal(exception))
        {
            return await RefusedAsync(token, exception, sender, renderer, cancellationToken);
        }
    }

    private static async Task<IResult> Show(string token, ISender sender, RespondentPageRenderer renderer, CancellationToken cancellationToken)
    {
        try
        {
            var questionnaire = await sender.Send(new GetQuestionnaireToAnswerQuery(token), cancellationToken);
            return renderer.Page(RespondentForm.Questions(token, questionnaire, null, new Dictionary<int, string>()), StatusCodes.Status200OK);
        }
        catch (Exception exception) when (IsRefusal(exception))
        {
            return await RefusedAsync(token, exception, sender, renderer, cancellationToken);
        }
    }

    private static async Task<IResult> Submit(string token, HttpRequest request, ISender sender, IServiceProvider services, RespondentPageRenderer renderer, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return renderer.Page(CouldNotRead, StatusCodes.Status415UnsupportedMediaType);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // Too many fields, a multipart body without its boundary, a NUL character: not something the page sends.
            return renderer.Page(CouldNotRead, StatusCodes.Status400BadRequest);
        }

        try
        {
            var questionnaire = await sender.Send(new GetQuestionnaireToAnswerQuery(token, EvenIfSpent: true), cancellationToken);
            if (form["version"].ToString() != questionnaire.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return renderer.Page(RespondentForm.Questions(token, questionnaire, form, RespondentForm.QuestionsChanged(questionnaire)), StatusCodes.Status409Conflict);
            }

            try
            {
                var command = new SubmitAnswersCommand(token, questionnaire.Version, RespondentForm.Answers(questionnaire, form), Channel.OnlineForm);
                await sender.SendOnceMoreIfRacedAsync(command, services, cancellationToken);
                return renderer.Page(RespondentForm.Thanks(questionnaire), StatusCodes.Status200OK);
            }
            catch (ValidationException invalid)
            {
                var problems = RespondentForm.Problems(questionnaire, form, invalid.Errors);
                return renderer.Page(RespondentForm.Questions(token, questionnaire, form, problems), StatusCodes.Status400BadRequest);
            }
        }
        catch (Exception exception) when (IsRefusal(exception))
        {
            return await RefusedAsync(token, exception, sender, renderer, cancellationToken);
        }
    }

    private static bool IsRefusal(Exception exception) => exception is NotFoundException or BusinessRuleValidationException;

    /// <summary>
    /// The page for a link that does not open, with the status the respondent API would answer, in the language of the
    /// words the link opens (docs/domain/surveys.md#languages).
    /// </summary>
    private static async Task<IResult> RefusedAsync(string token, Exception exception, ISender sender, RespondentPageRenderer renderer, CancellationToken cancellationToken)
    {
        var link = exception is BusinessRuleValidationException ? await LanguageOfAsync(token, sender, cancellationToken) : null;
        if (exception is not BusinessRuleValidationException refused || link is null)
        {
            return renderer.Page(
                RespondentPageView.Notice("not-found", "This link is not recognised", "Check that you copied the whole link you were sent. If it still does not work, ask the person who sent it for a new one."),
                StatusCodes.Status404NotFound);
        }

        var words = PageWords.For(link.Language);
        var reason = words.Reason(refused, link.OpensOn);
        var view = refused.Kind == RuleKind.Gone
            ? RespondentPageView.Notice("closed", words.LinkGoneHeading, $"{reason} {words.AskForANewOne}")
            : RespondentPageView.Notice("unavailable", words.CannotAnswerHeading, reason);
        var status = refused.Kind switch
        {
            RuleKind.Gone => StatusCodes.Status410Gone,
            RuleKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return renderer.Page(view with { Words = words }, status);
    }

    /// <summary>The link's language, or null if it has gone since it was refused (its survey's answers were deleted).</summary>
    private static async Task<LinkLanguage?> LanguageOfAsync(string token, ISender sender, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(new GetLinkLanguageQuery(token), cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
