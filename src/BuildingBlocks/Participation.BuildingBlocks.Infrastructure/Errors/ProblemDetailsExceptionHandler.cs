using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Text;
using Participation.BuildingBlocks.Infrastructure.Http;

namespace Participation.BuildingBlocks.Infrastructure.Errors;

/// <summary>
/// The one place exceptions become RFC 9457 problem details: validation 400 with field errors, 404,
/// business rules 409/422 with a stable <c>code</c>, stale versions 412, and a bare 500 with only a trace id.
/// Messages never echo what the client sent, which may be about a child.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException validation => Validation(validation),
            BadHttpRequestException badRequest => BadRequest(badRequest),
            NotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = $"The {notFound.Resource} was not found." },
            BusinessRuleValidationException rule => BrokenRule(rule),
            PreconditionFailedException or DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Title = "The resource has changed",
                Detail = "The resource has changed since it was read; read it again and retry with its current ETag.",
            },
            PreconditionRequiredException required => new ProblemDetails
            {
                Status = StatusCodes.Status428PreconditionRequired,
                Title = "If-Match is required",
                Detail = required.Message,
            },
            // Through EF Core, or from a statement of the application's own (a partner batch's COPY losing every retry).
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }
                or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The request conflicts with the current state",
                Detail = "A record with the same identifying values already exists.",
                Extensions = { ["code"] = "duplicate" },
            },
            _ when DatabaseUnavailable(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service is briefly unavailable",
                Detail = "The database cannot be reached or is overloaded; nothing was changed. Retry after the time in Retry-After.",
            },
            _ => null,
        };

        if (problem?.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
            LogDatabaseUnavailable(exception.GetType().Name, httpContext.Request.Method, Endpoint(httpContext));
        }

        if (problem is null)
        {
            LogUnhandled(exception, httpContext.Request.Method, Endpoint(httpContext));
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred" };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    private const string RetryAfterSeconds = "5";

    /// <summary>
    /// A connection refused, dropped or timed out, or PostgreSQL shutting down or out of connections: Npgsql marks
    /// these transient. What the request changed was not committed, so the client may retry.
    /// </summary>
    private static bool DatabaseUnavailable(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The route pattern, or the path when the request matched no endpoint.</summary>
    private static string Endpoint(HttpContext context) =>
        // The exception handler clears the endpoint before it runs; the feature keeps the one that failed.
        ((context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint()) as RouteEndpoint)?.RoutePattern.RawText
        ?? context.Request.Path.Value ?? "/";

    private static ValidationProblemDetails Validation(ValidationException exception) =>
        new(exception.Errors
            .GroupBy(failure => FieldName(failure.PropertyName))
            .ToDictionary(group => group.Key, group => group.Select(failure => failure.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid",
            Detail = "See errors for each field.",
        };

    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            return new ProblemDetails
            {
                Status = exception.StatusCode,
                Title = exception.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => "The request body is too large",
                    StatusCodes.Status415UnsupportedMediaType => "The content type is not supported; send application/json",
                    _ => "The request could not be read",
                },
            };
        }

        var (field, message) = exception.InnerException switch
        {
            UnstorableTextException text => (JsonField(text.Path), StorableText.Refusal),
            UnknownCodeException code => (JsonField(code.Path), code.Refusal),
            JsonException json when MissingProperty(json.Message) is { } missing => (JsonField($"{json.Path}.{missing}"), "The value is required."),
            JsonException json => (JsonField(json.Path), "The value is not valid JSON of the expected type."),
            _ => (ParameterName(exception.Message), "The value is missing or not of the expected format."),
        };
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid",
            Detail = "See errors for each field.",
        };
    }

    private static ProblemDetails BrokenRule(BusinessRuleValidationException exception)
    {
        var (status, title) = exception.Kind switch
        {
            RuleKind.Conflict => (StatusCodes.Status409Conflict, "The request conflicts with the current state"),
            RuleKind.Gone => (StatusCodes.Status410Gone, "No longer available"),
            _ => (StatusCodes.Status422UnprocessableEntity, "A business rule was broken"),
        };
        var problem = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        problem.Extensions["code"] = exception.Code;
        return problem;
    }

    private static string JsonField(string? path)
    {
        var field = path?.TrimStart('$').TrimStart('.');
        return string.IsNullOrEmpty(field) ? "body" : FieldName(field);
    }

    /// <summary>System.Text.Json names the first missing constructor parameter as <c>… missing required properties including: 'name'.</c></summary>
    private static string? MissingProperty(string message) =>
        MissingPropertyPattern().Match(message) is { Success: true } match ? match.Groups["name"].Value : null;

    /// <summary>ASP.NET words binding failures as <c>Failed to bind parameter "DateOnly from" from "…"</c>.</summary>
    private static string ParameterName(string message) =>
        ParameterPattern().Match(message) is { Success: true } match ? FieldName(match.Groups["name"].Value) : "request";

    /// <summary><c>Items[0].ExternalId</c> becomes <c>items[0].externalId</c>, as clients spell it; header names such as <c>Idempotency-Key</c> stay as sent.</summary>
    internal static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment =>
            segment.Length == 0 || segment.Contains('-', StringComparison.Ordinal) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    [GeneratedRegex("missing required properties including: '(?<name>[^']+)'")]
    private static partial Regex MissingPropertyPattern();

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterPattern();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType}) on {Method} {Endpoint}: answered 503")]
    private partial void LogDatabaseUnavailable(string exceptionType, string method, string endpoint);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Endpoint}")]
    private partial void LogUnhandled(Exception exception, string method, string endpoint);
}
