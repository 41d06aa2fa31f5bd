using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// The audit of a streamed extract, whose row count is known only once the last row has gone. An entry naming who
/// asked for what is committed before the first row is sent, so nothing leaves unrecorded; a second entry with the
/// same record id gives the rows sent, also when the client hung up part-way (docs/adr/0008-idempotency-and-audit.md).
/// </summary>
public static class ExtractAudit
{
    /// <summary>Records that the extract <paramref name="extractId"/> is about to be sent.</summary>
    public static Task StartedAsync(HttpContext http, Guid extractId) => RecordAsync(http, extractId, itemCount: null);

    /// <summary>Records how many rows the extract <paramref name="extractId"/> sent.</summary>
    public static Task FinishedAsync(HttpContext http, Guid extractId, int rowsSent) => RecordAsync(http, extractId, rowsSent);

    private static Task RecordAsync(HttpContext http, Guid extractId, int? itemCount)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.RequestServices.GetRequiredService<AuditLog>().RecordAsync(
            AuditEvent.Of(http, http.GetEndpoint(), StatusCodes.Status200OK, extractId.ToString(), AuditedQuery.Of(http.Request), itemCount));
    }
}
