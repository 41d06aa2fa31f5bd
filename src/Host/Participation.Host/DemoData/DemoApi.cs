using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Participation.Host.DemoData;

/// <summary>
/// The API as the demo data sees it: staff by role with a bearer token and partners by key, over HTTP, so every
/// record passes the same validation, rules, audit and outbox as a real one.
/// </summary>
internal sealed class DemoApi(HttpMessageHandler handler, Uri baseAddress, Func<string, string> bearerToken)
{
    public Task<DemoResponse> AsStaff(string role, HttpMethod method, string path, object? body = null, string? ifMatch = null) =>
        SendAsync(new AuthenticationHeaderValue("Bearer", bearerToken(role)), null, method, path, body, ifMatch, null);

    /// <summary>Whether a GET finds the resource (2xx) or not yet (404); anything else is a failure.</summary>
    public async Task<bool> ExistsAsStaff(string role, string path)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken(role));
        using var response = await client.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        return response.IsSuccessStatusCode
            ? true
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A child or family answering through their link: no credentials.</summary>
    public Task<DemoResponse> AsRespondent(string link, object answers) => SendAsync(null, null, HttpMethod.Post, link, answers, null, null);

    public Task<DemoResponse> AsPartner(string key, string path, object body, string idempotencyKey) =>
        SendAsync(null, key, HttpMethod.Post, path, body, null, idempotencyKey);

    private async Task<DemoResponse> SendAsync(
        AuthenticationHeaderValue? bearer, string? partnerKey, HttpMethod method, string path, object? body, string? ifMatch, string? idempotencyKey)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = bearer;
        if (partnerKey is not null)
        {
            request.Headers.Add("X-Api-Key", partnerKey);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            // The problem document names the field or rule: the one thing a broken seed needs to say.
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return new DemoResponse(
            (int)response.StatusCode,
            text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(),
            response.Headers.ETag?.ToString());
    }

    private HttpClient Client() => new(handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
}

/// <summary>A successful answer: its status, its JSON body (undefined when empty) and its entity tag.</summary>
internal readonly record struct DemoResponse(int Status, JsonElement Body, string? ETag);
