using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Infrastructure.Http;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// Records every successful write, and every successful read of a route marked <see cref="AuditedReads.AuditReads"/>
/// (a list read with its filters and how many records it returned), before the response is sent: a change the client
/// sees acknowledged is always in the log. A write's entry is committed with its change when it changes something
/// through a unit of work (<see cref="WriteAudit"/>); else it is recorded here once the write has succeeded. Failed
/// requests changed nothing and are not recorded.
/// </summary>
internal sealed class AuditEndpointFilter : IEndpointFilter
{
    // A request with nothing to record is passed on without an async state machine of its own.
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var endpoint = http.GetEndpoint();
        var write = !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method);
        return endpoint is null || endpoint.Metadata.GetMetadata<NotAuditedMetadata>() is not null || (!write && endpoint.Metadata.GetMetadata<AuditedReadMetadata>() is null)
            ? next(context)
            : RecordAsync(context, next, http, endpoint, write);
    }

    private static async ValueTask<object?> RecordAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next, HttpContext http, Endpoint endpoint, bool write)
    {
        var writeAudit = write ? http.RequestServices.GetRequiredService<WriteAudit>() : null;
        if (writeAudit is not null)
        {
            RunToTheEnd(context);
            writeAudit.Expect(http, endpoint);
        }

        var result = await next(context);
        var outcome = EndpointOutcome.Of(result, http.Response);
        if (outcome.Status >= StatusCodes.Status300MultipleChoices || writeAudit is { Recorded: true })
        {
            return result;
        }

        // Recorded even if the client has gone (the change it made has committed), and before the response is sent.
        await http.RequestServices.GetRequiredService<AuditLog>().RecordAsync(AuditEvent.Of(
            http,
            endpoint,
            outcome.Status,
            DeclaredRecordId(http, endpoint) ?? outcome.Location?.Split('/')[^1],
            write ? null : AuditedQuery.Of(http.Request),
            outcome.Value is ICountedPage page ? page.Count : null));
        return result;
    }

    /// <summary>
    /// Hands a write a token that never fires in place of the request's, so once begun it finishes whether or not its
    /// client is still there. Cancelled part-way, a write could commit and then fail in its follow-up read: one that
    /// commits outside a unit of work (a partner's items copied in) would go unrecorded here, and its idempotency key
    /// would be freed for the retry to run it again instead of replaying the answer.
    /// </summary>
    private static void RunToTheEnd(EndpointFilterInvocationContext context)
    {
        for (var index = 0; index < context.Arguments.Count; index++)
        {
            if (context.Arguments[index] is CancellationToken)
            {
                context.Arguments[index] = CancellationToken.None;
            }
        }
    }

    /// <summary>The value of the route parameter the endpoint declares names the record it touches.</summary>
    internal static string? DeclaredRecordId(HttpContext http, Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<AuditedRecordMetadata>() is { } record && http.Request.RouteValues.GetValueOrDefault(record.RouteParameter) is { } value
            ? value.ToString()
            : null;
}

/// <summary>Endpoint metadata: reads of this single child-level record are audited.</summary>
public sealed class AuditedReadMetadata
{
    internal static AuditedReadMetadata Instance { get; } = new();
}

/// <summary>Endpoint metadata: a public respondent's route, kept out of the audit log (see <see cref="AuditedReads.NotAudited"/>).</summary>
public sealed class NotAuditedMetadata
{
    internal static NotAuditedMetadata Instance { get; } = new();
}

/// <summary>Endpoint metadata: the route parameter that names the record a request touches, for the audit log.</summary>
/// <param name="RouteParameter">e.g. <c>id</c>.</param>
public sealed record AuditedRecordMetadata(string RouteParameter);

/// <summary>What a route tells the audit log.</summary>
public static class AuditedReads
{
    /// <summary>The record a request touches is the one named by <paramref name="routeParameter"/>; declare it on a group and override it on a route.</summary>
    public static TBuilder AuditsRecord<TBuilder>(this TBuilder builder, string routeParameter)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AuditedRecordMetadata(routeParameter));

    /// <summary>
    /// Not recorded at all: for the public routes respondents answer surveys on. An audit entry keeps the caller's
    /// address and the time to the second, which an anonymous answer must not have
    /// (docs/domain/data-protection-and-retention.md#minimisation); the answer itself is the record, and staff routes
    /// that read answers are audited as usual.
    /// </summary>
    public static TBuilder NotAudited<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(NotAuditedMetadata.Instance);

    /// <summary>Every successful read of this route is recorded in the audit log.</summary>
    public static TBuilder AuditReads<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AuditedReadMetadata.Instance);
}
