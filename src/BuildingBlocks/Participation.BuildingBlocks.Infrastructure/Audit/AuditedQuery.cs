using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>The filters of a list read as the audit log keeps them: the query string without the paging cursor.</summary>
internal static class AuditedQuery
{
    public const int MaxLength = 500;

    public static string? Of(HttpRequest request)
    {
        var filters = new QueryBuilder(request.Query.Where(parameter => !string.Equals(parameter.Key, "cursor", StringComparison.OrdinalIgnoreCase))).ToQueryString().Value;
        return string.IsNullOrEmpty(filters) ? null : filters.Length <= MaxLength ? filters : filters[..MaxLength];
    }
}
