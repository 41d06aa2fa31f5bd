using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// One write, one read of child-level data (a record or a list), or one refused attempt: who, what, when and from where. Never a body, a comment or
/// any free text: the route pattern and the record's id say what was touched.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>The longest actor recorded.</summary>
    public const int ActorMaxLength = 200;

    /// <summary>The longest operation name recorded.</summary>
    public const int OperationMaxLength = 100;

    /// <summary>The longest record id recorded.</summary>
    public const int RecordIdMaxLength = 100;

    /// <summary>Position in the log.</summary>
    public long Id { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredOn { get; init; }

    /// <summary>How the caller authenticated: <c>Bearer</c> for staff, <c>ApiKey</c> for partner systems.</summary>
    [MaxLength(40)]
    public required string ActorScheme { get; init; }

    /// <summary>The staff subject, or <c>partner:{id}/key:{prefix}</c> for a partner key; <c>anonymous</c> when refused unauthenticated.</summary>
    [MaxLength(ActorMaxLength)]
    public required string Actor { get; init; }

    /// <summary>The operation (its OpenAPI operation id).</summary>
    [MaxLength(OperationMaxLength)]
    public required string Operation { get; init; }

    /// <summary>The HTTP method.</summary>
    [MaxLength(10)]
    public required string Method { get; init; }

    /// <summary>The route pattern, e.g. <c>/api/v1/partner/feedback/{id:guid}</c>.</summary>
    [MaxLength(300)]
    public required string Route { get; init; }

    /// <summary>The record touched, when the route or the response names one.</summary>
    [MaxLength(RecordIdMaxLength)]
    public string? RecordId { get; init; }

    /// <summary>The filters of a list read, as the query string was sent (paging cursor left out).</summary>
    [MaxLength(AuditedQuery.MaxLength)]
    public string? Query { get; init; }

    /// <summary>How many records a list read returned.</summary>
    public int? ItemCount { get; init; }

    /// <summary>The response status.</summary>
    public int Status { get; init; }

    /// <summary>The client's address.</summary>
    [MaxLength(64)]
    public string? ClientAddress { get; init; }

    /// <summary>What every entry records of a request: when, who, the operation and route, the status and the client's address.</summary>
    internal static AuditEvent Of(HttpContext http, Endpoint? endpoint, int status, string? recordId = null, string? query = null, int? itemCount = null) => new()
    {
        OccurredOn = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
        ActorScheme = http.User.Identity?.AuthenticationType ?? "anonymous",
        Actor = http.RequestServices.GetRequiredService<ICurrentUser>().Id ?? "anonymous",
        Operation = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint?.DisplayName ?? "unknown",
        Method = http.Request.Method,
        Route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched",
        RecordId = recordId,
        Query = query,
        ItemCount = itemCount,
        Status = status,
        ClientAddress = http.Connection.RemoteIpAddress?.ToString(),
    };
}
