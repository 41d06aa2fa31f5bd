using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.CommissionedServices;

public sealed class ApiKeyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Identity = "/api/v1/partner/identity";
    private readonly HttpClient _admin = api.Factory.Client(Roles.Administrator);

    [Fact]
    public async Task An_issued_key_is_shown_once_stored_only_as_a_hash_and_authenticates_its_provider()
    {
        var provider = await api.Factory.CreateProvider("Key holder");
        var response = await _admin.PostAsJsonAsync($"/api/v1/providers/{provider}/api-keys", new { scopes = new[] { "feedback:write" } });
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        var key = issued.GetProperty("key").GetString()!;

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var listed = await _admin.GetStringAsync(new Uri($"/api/v1/providers/{provider}/api-keys", UriKind.Relative));
        Assert.DoesNotContain(key.Split('_', 3)[2], listed, StringComparison.Ordinal);
        Assert.Equal(0L, await Scalar("SELECT count(*) FROM commissioned_services.api_keys WHERE encode(secret_hash, 'escape') LIKE '%' || $1 || '%'", key.Split('_', 3)[2]));

        var identity = await api.Factory.PartnerClient(key).GetFromJsonAsync<JsonElement>(Identity);
        Assert.Equal(provider, identity.GetProperty("providerId").GetGuid());
        Assert.Equal(["feedback:write"], identity.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));
    }

    [Fact]
    public async Task Two_keys_may_be_active_for_rotation_but_not_three()
    {
        var provider = await api.Factory.CreateProvider("Rotating");
        var (first, _) = await api.Factory.IssueKey(provider);
        await api.Factory.IssueKey(provider);

        var third = await _admin.PostAsJsonAsync($"/api/v1/providers/{provider}/api-keys", new { scopes = new[] { "feedback:read" } });
        await third.ShouldBreakRule(HttpStatusCode.Conflict, "commissioned-services.too-many-active-keys");

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync(new Uri($"/api/v1/providers/{provider}/api-keys/{first}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _admin.PostAsJsonAsync($"/api/v1/providers/{provider}/api-keys", new { scopes = new[] { "feedback:read" } })).StatusCode);

        // The audit log names the key both when it was issued and when it was revoked.
        var audit = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit-events?recordId={first}");
        Assert.Equal(["RevokeApiKey", "IssueApiKey"], audit.GetProperty("items").EnumerateArray().Select(entry => entry.GetProperty("operation").GetString()));
    }

    [Fact]
    public async Task A_key_issued_while_another_is_committing_counts_it_and_the_third_is_refused()
    {
        var provider = await api.Factory.CreateProvider("Racing keys");
        await api.Factory.IssueKey(provider);
        Task<HttpResponseMessage> Issue() => _admin.PostAsJsonAsync($"/api/v1/providers/{provider}/api-keys", new { scopes = new[] { "feedback:read" } });

        HttpResponseMessage[] issued;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "commissioned_services.api_keys", $"NEW.provider_id = '{provider}'", key: 424_245))
        {
            var first = Issue();
            await commits.CommitWaitingAsync("the first key's commit never reached the held lock");
            // The second counts one active key too (the first is not committed) and waits: on the provider's row, or
            // (were the provider's version left alone) at its own commit.
            var second = Issue();
            await commits.SecondWaitingAsync(second, "the second key's request never waited on the first");
            await commits.ReleaseAsync();
            issued = await Task.WhenAll(first, second);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], issued.Select(response => response.StatusCode).Order());
        Assert.Equal(2L, await Scalar("SELECT count(*) FROM commissioned_services.api_keys WHERE provider_id = $1 AND revoked_on IS NULL", provider));
    }

    [Theory]
    [InlineData("feedback:delete", "scopes[0]")]
    public async Task Unknown_scopes_are_refused(string scope, string field)
    {
        var provider = await api.Factory.CreateProvider($"Scopes {scope}");

        var response = await _admin.PostAsJsonAsync($"/api/v1/providers/{provider}/api-keys", new { scopes = new[] { scope } });

        await response.ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task A_key_cannot_be_issued_already_expired()
    {
        var provider = await api.Factory.CreateProvider("Expired at birth");

        var response = await _admin.PostAsJsonAsync($"/api/v1/providers/{provider}/api-keys", new { scopes = new[] { "feedback:read" }, expiresOn = "2020-01-01T00:00:00Z" });

        await response.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "commissioned-services.key-expiry-in-past");
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var provider = await api.Factory.CreateProvider("Revoking");
        var (id, key) = await api.Factory.IssueKey(provider);
        Assert.Equal(HttpStatusCode.OK, (await api.Factory.PartnerClient(key).GetAsync(new Uri(Identity, UriKind.Relative))).StatusCode);

        await _admin.DeleteAsync(new Uri($"/api/v1/providers/{provider}/api-keys/{id}", UriKind.Relative));

        await (await api.Factory.PartnerClient(key).GetAsync(new Uri(Identity, UriKind.Relative))).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task With_key_answers_not_remembered_a_key_revoked_on_another_instance_stops_working_at_once()
    {
        // Two more instances on this database, neither remembering a key's answer.
        var notRemembered = new Dictionary<string, string?> { ["Partners:KeyCacheSeconds"] = "0" };
        await using var first = new ParticipationApiFactory(api.Factory.ConnectionString, notRemembered);
        await using var second = new ParticipationApiFactory(api.Factory.ConnectionString, notRemembered);
        var provider = await first.CreateProvider("Not remembered");
        var (id, key) = await first.IssueKey(provider);
        var partner = first.PartnerClient(key);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(new Uri(Identity, UriKind.Relative))).StatusCode);

        await second.Client(Roles.Administrator).DeleteAsync(new Uri($"/api/v1/providers/{provider}/api-keys/{id}", UriKind.Relative));

        await (await partner.GetAsync(new Uri(Identity, UriKind.Relative))).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_key_does_not_authenticate()
    {
        var provider = await api.Factory.CreateProvider("Expiring");
        var (id, key) = await api.Factory.IssueKey(provider);

        await Scalar("UPDATE commissioned_services.api_keys SET expires_on = now() - interval '1 minute' WHERE id = $1 RETURNING 1::bigint", id);

        await (await api.Factory.PartnerClient(key).GetAsync(new Uri(Identity, UriKind.Relative))).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_deactivated_providers_keys_stop_working()
    {
        var provider = await api.Factory.CreateProvider("Deactivating");
        var (_, key) = await api.Factory.IssueKey(provider);

        await _admin.PostStepAsync($"/api/v1/providers/{provider}", "deactivation");

        await (await api.Factory.PartnerClient(key).GetAsync(new Uri(Identity, UriKind.Relative))).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("pk_abcdefghij_forged")]
    [InlineData("not-a-key")]
    public async Task A_forged_or_malformed_key_does_not_authenticate(string key)
    {
        await (await api.Factory.PartnerClient(key).GetAsync(new Uri(Identity, UriKind.Relative))).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Partner_keys_cannot_reach_staff_routes_and_staff_tokens_cannot_reach_partner_routes()
    {
        var provider = await api.Factory.CreateProvider("Crossing");
        var (_, key) = await api.Factory.IssueKey(provider);

        var onStaffRoute = await api.Factory.PartnerClient(key).GetAsync(new Uri("/api/v1/providers", UriKind.Relative));
        var onPartnerRoute = await _admin.GetAsync(new Uri(Identity, UriKind.Relative));

        await onStaffRoute.ShouldBeProblem(HttpStatusCode.Unauthorized);
        await onPartnerRoute.ShouldBeProblem(HttpStatusCode.Unauthorized);
        // Each 401 says how that route authenticates (RFC 9110, section 11.6.1).
        Assert.Equal("Bearer", onStaffRoute.Headers.WwwAuthenticate.ToString());
        Assert.Equal("ApiKey header=\"X-Api-Key\"", onPartnerRoute.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Revoking_another_providers_key_is_a_404_and_changes_nothing()
    {
        var owner = await api.Factory.CreateProvider("Owner");
        var other = await api.Factory.CreateProvider("Other");
        var (id, key) = await api.Factory.IssueKey(owner);

        await (await _admin.DeleteAsync(new Uri($"/api/v1/providers/{other}/api-keys/{id}", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await api.Factory.PartnerClient(key).GetAsync(new Uri(Identity, UriKind.Relative))).StatusCode);
    }

    private async Task<long> Scalar(string sql, object parameter) => (long)(await api.Factory.ScalarAsync(sql, parameter))!;
}
