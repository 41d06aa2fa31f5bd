using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>
/// Sends every operation the contract publishes what a careless or hostile client sends (malformed JSON, a field of the
/// wrong type, a value past its documented limit or outside its pattern, an id that is not one), each by a caller the
/// route admits, and reports every answer that is not a documented 4xx problem naming the field.
/// </summary>
public sealed class ContractSweep(JsonNode contract, Callers callers)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];
    private readonly ContractSchema schemas = new(contract["components"]!["schemas"]!.AsObject());

    /// <summary>
    /// The route of existing records a path template names, and the version to send in <c>If-Match</c>; without it, or
    /// when it answers null, the probes name made-up ids.
    /// </summary>
    public Func<string, Task<Target?>>? Existing { get; init; }

    /// <summary>Sends the probes; returns how many were sent and what was wrong with the answers.</summary>
    public async Task<(int Probes, IReadOnlyList<string> Findings)> RunAsync()
    {
        var findings = new List<string>();
        var probes = 0;
        foreach (var (path, item) in contract["paths"]!.AsObject())
        {
            var existing = Existing is null ? null : await Existing(path);
            foreach (var method in Methods.Where(method => item![method] is not null))
            {
                var operation = item![method]!;
                foreach (var probe in Probes(path, operation, existing))
                {
                    probes++;
                    using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), probe.Uri);
                    foreach (var (name, value) in probe.Headers)
                    {
                        request.Headers.TryAddWithoutValidation(name, value);
                    }

                    if (probe.Body is not null)
                    {
                        request.Content = new StringContent(probe.Body, Encoding.UTF8, "application/json");
                    }

                    using var response = await callers.For(path).SendAsync(request);
                    var status = (int)response.StatusCode;
                    var documented = operation["responses"]!.AsObject().ContainsKey(status.ToString(CultureInfo.InvariantCulture));
                    var problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json";
                    var body = await response.Content.ReadAsStringAsync();
                    var named = status != 400 || probe.Field is null || Names(body, probe.Field);
                    if (status >= 500 || (status >= 400 && !problem) || (probe.Refused && status < 400) || !(documented || probe.RouteUnmatched) || !named)
                    {
                        findings.Add($"{method.ToUpperInvariant()} {probe.Uri} ({probe.What}): {status} {response.Content.Headers.ContentType?.MediaType}{(documented ? "" : " (status not in the contract)")}{(named ? "" : " (the field is not named)")} {Truncated(body)}");
                    }
                }
            }
        }

        return (probes, findings);
    }

    private IEnumerable<Probe> Probes(string path, JsonNode operation, Target? existing)
    {
        var parameters = operation["parameters"]?.AsArray().Select(parameter => parameter!).ToList() ?? [];
        var pathParameters = parameters.Where(parameter => (string?)parameter["in"] == "path").ToList();
        var route = existing?.Route ?? pathParameters.Aggregate(path, (built, parameter) => built.Replace($"{{{parameter["name"]}}}", Valid(parameter["schema"]!), StringComparison.Ordinal));
        // Required query parameters are sent valid, but for the one a probe is about.
        var query = parameters
            .Where(parameter => (string?)parameter["in"] == "query" && (bool?)parameter["required"] == true)
            .ToImmutableDictionary(parameter => (string)parameter["name"]!, parameter => Valid(parameter["schema"]!));
        string Uri(ImmutableDictionary<string, string> values) =>
            values.IsEmpty ? route : $"{route}?{string.Join('&', values.Select(value => $"{value.Key}={System.Uri.EscapeDataString(value.Value)}"))}";
        var uri = Uri(query);
        var headerParameters = parameters.Where(parameter => (string?)parameter["in"] == "header").ToList();
        // Headers a route requires are sent valid, so the probe reaches what it probes (a version is needed before a body is read).
        var headers = headerParameters
            .Where(parameter => (bool?)parameter["required"] == true)
            .ToImmutableDictionary(parameter => (string)parameter["name"]!, parameter => (string)parameter["name"]! == "If-Match" ? existing?.Version ?? "\"1\"" : Guid.NewGuid().ToString());
        var published = schemas.RequestExample(operation);
        var example = published?.ToJsonString();
        // A 400 can be held to naming the probed parameter only when everything else sent is valid.
        var restValid = operation["requestBody"]?["required"] is null || example is not null;

        foreach (var parameter in headerParameters)
        {
            var schema = parameter["schema"]!;
            var refused = new List<(string Value, string What)>();
            if (schema["maxLength"] is { } maxLength)
            {
                refused.Add(($"\"{new string('1', (int)maxLength)}\"", "longer than its maxLength"));
            }

            if (schema["pattern"] is not null)
            {
                refused.Add(("garbage", "not matching its pattern"));
            }

            foreach (var (value, what) in refused)
            {
                // A condition that cannot be read is not evaluated (RFC 9110, section 13.1.2): the full response is the answer.
                yield return new Probe(uri, example, $"header {parameter["name"]} {what}", headers.SetItem((string)parameter["name"]!, value))
                {
                    Field = restValid ? (string)parameter["name"]! : null,
                    Refused = (string?)parameter["name"] != "If-None-Match",
                };
            }
        }

        foreach (var parameter in pathParameters.Where(parameter => (string?)parameter["schema"]!["format"] == "uuid"))
        {
            yield return new Probe(path.Replace($"{{{parameter["name"]}}}", "not-an-id", StringComparison.Ordinal), null, $"path {parameter["name"]} not an id", headers, RouteUnmatched: true);
        }

        foreach (var parameter in parameters.Where(parameter => (string?)parameter["in"] == "query"))
        {
            foreach (var (value, what) in Wrong(parameter["schema"]!, asText: true))
            {
                yield return new Probe(Uri(query.SetItem((string)parameter["name"]!, value)), example, $"query {parameter["name"]} {what}", headers)
                {
                    Field = restValid ? (string)parameter["name"]! : null,
                };
            }
        }

        if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is not { } bodySchema)
        {
            yield break;
        }

        yield return new Probe(uri, "{", "body not JSON", headers);
        yield return new Probe(uri, "[]", "body not an object", headers);
        var body = schemas.Resolve(bodySchema);
        if (published is not JsonObject valid || body["properties"] is not JsonObject properties)
        {
            yield break;
        }

        foreach (var (at, value, what) in PropertyMutations(valid, body, []))
        {
            var mutated = valid.DeepClone().AsObject();
            JsonNode parent = mutated;
            foreach (var step in at.Take(at.Count - 1))
            {
                parent = step is int index ? parent[index]! : parent[(string)step]!;
            }

            if (at[^1] is int item)
            {
                parent[item] = JsonNode.Parse(value);
            }
            else
            {
                parent[(string)at[^1]] = JsonNode.Parse(value);
            }

            var where = string.Concat(at.Select(step => step is int index ? $"[{index}]" : $".{step}"))[1..];
            yield return new Probe(uri, mutated.ToJsonString(), $"body {where} {what}", headers) { Field = where };
        }
    }

    /// <summary>
    /// Each property of <paramref name="valid"/> made wrong in turn, at any depth: inside nested objects and in the first
    /// item of every array. Each comes with its path from the body (what a 400 must name), the wrong value as JSON and
    /// what is wrong with it.
    /// </summary>
    private IEnumerable<(ImmutableList<object> At, string Value, string What)> PropertyMutations(JsonObject valid, JsonNode schema, ImmutableList<object> at)
    {
        if (schema["properties"] is not JsonObject properties)
        {
            yield break;
        }

        // A read-only property is the server's to fill (OpenAPI 3.0, Schema Object): a request's is not read.
        foreach (var (name, property) in properties.Where(property => property.Value!["readOnly"] is null))
        {
            var resolved = schemas.Resolve(property!);
            var required = schema["required"]?.AsArray().Any(entry => (string?)entry == name) == true;
            foreach (var (value, what) in Wrong(resolved, asText: false, valid[name]))
            {
                yield return (at.Add(name), value, what);
            }

            if (required && property!["nullable"] is null)
            {
                yield return (at.Add(name), "null", "null");
            }

            foreach (var inner in ValueMutations(valid[name], resolved, at.Add(name)))
            {
                yield return inner;
            }
        }
    }

    private IEnumerable<(ImmutableList<object> At, string Value, string What)> ValueMutations(JsonNode? valid, JsonNode schema, ImmutableList<object> at)
    {
        if (valid is JsonObject inner)
        {
            foreach (var mutation in PropertyMutations(inner, schema, at))
            {
                yield return mutation;
            }
        }
        else if (valid is JsonArray { Count: > 0 } items && schema["items"] is { } itemSchema)
        {
            var item = schemas.Resolve(itemSchema);
            foreach (var (value, what) in Wrong(item, asText: false, items[0]))
            {
                yield return (at.Add(0), value, what);
            }

            foreach (var mutation in ValueMutations(items[0], item, at.Add(0)))
            {
                yield return mutation;
            }
        }
    }

    /// <summary>Values the schema refuses, each with what is wrong with it; as query text or as JSON (given the valid <paramref name="current"/> one).</summary>
    private static IEnumerable<(string Value, string What)> Wrong(JsonNode schema, bool asText, JsonNode? current = null)
    {
        string Text(string value) => asText ? value : JsonSerializer.Serialize(value);
        var type = (string?)schema["type"];
        var format = (string?)schema["format"];
        if (schema["enum"] is not null)
        {
            yield return (Text("no-such-value"), "not one of its values");
        }
        else if (type is "integer" or "number")
        {
            yield return (Text("many"), "not a number");
            // Decimal: amounts of money carry fractional limits.
            if (schema["maximum"] is { } maximum && (decimal)maximum < int.MaxValue)
            {
                yield return (((decimal)maximum + 1).ToString(CultureInfo.InvariantCulture), "above its maximum");
            }

            if (schema["minimum"] is { } minimum && (decimal)minimum > int.MinValue)
            {
                yield return (((decimal)minimum - 1).ToString(CultureInfo.InvariantCulture), "below its minimum");
            }
        }
        else if (type == "boolean")
        {
            yield return (Text("perhaps"), "not a boolean");
        }
        else if (type == "string" && format is "uuid" or "date" or "date-time")
        {
            yield return (Text("2026-13-45x"), $"not a {format}");
        }
        else if (type == "string" && !asText)
        {
            yield return ("12", "a number, not text");
        }

        if (type == "string" && schema["pattern"] is not null)
        {
            yield return (Text("!!"), "not matching its pattern");
        }

        if (type == "string" && schema["maxLength"] is { } maxLength && schema["enum"] is null && format is null)
        {
            yield return (Text(new string('a', (int)maxLength + 1)), "longer than its maxLength");
        }

        if (!asText && type == "array")
        {
            yield return ("{}", "an object, not an array");
            // One item too many, each a copy of the example's first, so only the count is wrong.
            if (schema["maxItems"] is { } maxItems && (current as JsonArray)?.FirstOrDefault() is { } item)
            {
                yield return (new JsonArray([.. Enumerable.Range(0, (int)maxItems + 1).Select(_ => item.DeepClone())]).ToJsonString(), "more items than its maxItems");
            }
        }

        if (!asText && type == "object")
        {
            yield return ("[]", "an array, not an object");
        }
    }

    private static string Valid(JsonNode schema) => (string?)schema["format"] switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "date" => "2026-01-05",
        _ when (string?)schema["type"] == "integer" => schema["minimum"] is { } minimum && (long)minimum > int.MinValue ? ((long)minimum).ToString(CultureInfo.InvariantCulture) : "1",
        _ => "x",
    };

    /// <summary>Whether a validation problem names <paramref name="field"/> among its errors, whole or as the end of a longer path.</summary>
    private static bool Names(string problem, string field) =>
        JsonNode.Parse(problem)?["errors"] is JsonObject errors
        && errors.Any(error => error.Key.Equals(field, StringComparison.OrdinalIgnoreCase) || error.Key.EndsWith($".{field}", StringComparison.OrdinalIgnoreCase));

    private static string Truncated(string text) => text.Length <= 300 ? text : text[..300];

    private sealed record Probe(string Uri, string? Body, string What, ImmutableDictionary<string, string> Headers, bool RouteUnmatched = false)
    {
        /// <summary>Whether the input must be refused (4xx); otherwise it only must not fail.</summary>
        public bool Refused { get; init; } = true;

        /// <summary>The field a 400 must name.</summary>
        public string? Field { get; init; }
    }
}

/// <summary>A route of existing records and the version (ETag) of the one it acts on.</summary>
public sealed record Target(string Route, string? Version);

/// <summary>The caller each route admits: partner routes a partner's key, public and respondent routes no one, the rest staff.</summary>
public sealed record Callers(HttpClient Staff, HttpClient Partner, HttpClient Anonymous)
{
    public HttpClient For(string path) =>
        path.StartsWith("/api/v1/partner/", StringComparison.Ordinal) ? Partner
        : path.StartsWith("/api/v1/respond/", StringComparison.Ordinal) || path.StartsWith("/api/v1/public/", StringComparison.Ordinal) ? Anonymous
        : Staff;
}
