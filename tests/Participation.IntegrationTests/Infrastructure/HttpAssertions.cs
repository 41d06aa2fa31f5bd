using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>Assertions on RFC 9457 problem responses.</summary>
public static class HttpAssertions
{
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out _), "every problem carries a traceId");
        return problem;
    }

    public static async Task<JsonElement> ShouldBeValidationProblemFor(this HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error for '{field}', got {problem.GetProperty("errors")}");
        return problem;
    }

    public static async Task ShouldBreakRule(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await response.ShouldBeProblem(status);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }
}

/// <summary>State transitions as a careful client makes them: read the resource's ETag, then act with If-Match.</summary>
public static class Transitions
{
    /// <summary>POSTs <paramref name="body"/> to <paramref name="resource"/>/<paramref name="step"/> under the resource's current ETag.</summary>
    public static async Task<HttpResponseMessage> PostStepAsync(this HttpClient client, string resource, string step, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var read = await client.GetAsync(new Uri(resource, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{resource}/{step}") { Content = body is null ? null : JsonContent.Create(body) };
        if (read.Headers.ETag is { } etag)
        {
            request.Headers.IfMatch.Add(etag);
        }

        return await client.SendAsync(request);
    }
}
