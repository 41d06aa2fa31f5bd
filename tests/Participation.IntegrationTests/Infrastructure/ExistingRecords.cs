using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>
/// Fills a path template of the contract with the ids of records that exist: each path parameter is the first id of
/// the list its path starts with (<c>/forums/{forumId}/members</c> from <c>/forums</c>). Every GET is sent once.
/// </summary>
public sealed partial class ExistingRecords(JsonNode contract, Callers callers)
{
    private readonly Dictionary<string, Read> _reads = new(StringComparer.Ordinal);

    /// <summary>A GET's answer: its status, its JSON body (null unless a 200 in JSON) and its ETag.</summary>
    public sealed record Read(HttpStatusCode Status, JsonNode? Body, string? ETag);

    public async Task<Read> ReadAsync(string uri)
    {
        if (!_reads.TryGetValue(uri, out var read))
        {
            using var response = await callers.For(uri).GetAsync(new Uri(uri, UriKind.Relative));
            var json = response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "application/json";
            read = new Read(response.StatusCode, json ? JsonNode.Parse(await response.Content.ReadAsStringAsync()) : null, response.Headers.ETag?.ToString());
            _reads[uri] = read;
        }

        return read;
    }

    /// <summary>The template with every parameter filled, or null when one has no list to come from or the list is empty.</summary>
    public async Task<string?> RouteAsync(string path)
    {
        var route = path;
        foreach (Match parameter in PathParameter().Matches(path))
        {
            var listed = Gettable(path[..parameter.Index].TrimEnd('/'));
            var first = listed ? FirstId((await ReadAsync(route[..route.IndexOf(parameter.Value, StringComparison.Ordinal)].TrimEnd('/'))).Body) : null;
            if (first is null)
            {
                return null;
            }

            route = route.Replace(parameter.Value, first, StringComparison.Ordinal);
        }

        return route;
    }

    /// <summary>The filled route and the version of the record it acts on: the ETag of the nearest GET at or above it.</summary>
    public async Task<Target?> TargetAsync(string path)
    {
        if (await RouteAsync(path) is not { } route)
        {
            return null;
        }

        var templates = path.Split('/');
        var routes = route.Split('/');
        for (var length = templates.Length; length > 1; length--)
        {
            if (Gettable(string.Join('/', templates[..length])) && (await ReadAsync(string.Join('/', routes[..length]))).ETag is { } version)
            {
                return new Target(route, version);
            }
        }

        return new Target(route, null);
    }

    private bool Gettable(string template) => contract["paths"]![template]?["get"] is not null;

    /// <summary>The first item's id of a list (a page's items or a bare array).</summary>
    private static string? FirstId(JsonNode? list) =>
        ((list as JsonObject)?["items"] as JsonArray ?? list as JsonArray)?.FirstOrDefault() is JsonObject first && first["id"] is JsonValue id
            ? id.ToString()
            : null;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
