using System.Net.Http.Json;
using System.Net;
using System.Text;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

public sealed class HostBehaviourTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_answers_healthy_without_credentials(string path)
    {
        var response = await api.Factory.Client().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var response = await api.Factory.Client(Roles.Administrator).GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative));

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var body = new StringContent("{\"code\": \"x\", \"name\": ", Encoding.UTF8, "application/json");

        var response = await api.Factory.Client(Roles.Administrator).PostAsync(new Uri("/api/v1/reference-data/service-areas", UriKind.Relative), body);

        await response.ShouldBeValidationProblemFor("name");
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_the_field()
    {
        using var body = new StringContent("{\"code\": \"x\", \"name\": \"X\", \"parentId\": 12}", Encoding.UTF8, "application/json");

        var response = await api.Factory.Client(Roles.Administrator).PostAsync(new Uri("/api/v1/reference-data/themes", UriKind.Relative), body);

        await response.ShouldBeValidationProblemFor("parentId");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415_problem()
    {
        using var body = new StringContent("code=x", Encoding.UTF8, "text/plain");

        var response = await api.Factory.Client(Roles.Administrator).PostAsync(new Uri("/api/v1/reference-data/service-areas", UriKind.Relative), body);

        await response.ShouldBeProblem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task An_api_route_without_a_token_is_a_401_problem()
    {
        var response = await api.Factory.Client().GetAsync(new Uri("/api/v1/reference-data/audiences", UriKind.Relative));

        await response.ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_reference_data_without_the_administrator_role_is_a_403()
    {
        var response = await api.Factory.Client(Roles.Analyst).PostAsync(
            new Uri("/api/v1/reference-data/service-areas", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { code = "by-analyst", name = "By analyst" }));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(Roles.Manager, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Administrator, HttpStatusCode.OK)]
    public async Task The_job_dashboard_is_for_administrators_only(string role, HttpStatusCode expected) =>
        Assert.Equal(expected, (await api.Factory.Client(role).GetAsync(new Uri("/jobs", UriKind.Relative))).StatusCode);

    [Theory]
    [InlineData("/complaints?status=open", "/complaints?status=open")]
    [InlineData("//evil.example", "/jobs")]
    [InlineData("/\\evil.example", "/jobs")]
    [InlineData("/\t/evil.example", "/jobs")]
    [InlineData("https://evil.example/", "/jobs")]
    public void Sign_in_returns_only_to_a_path_on_this_host(string returnUrl, string expected) =>
        Assert.Equal(expected, Participation.Host.StaffSignIn.LocalOnly(returnUrl));

    [Fact]
    public async Task A_person_not_signed_in_is_sent_to_sign_in_from_the_dashboard_but_an_api_call_is_refused()
    {
        var browser = api.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var dashboard = await browser.GetAsync(new Uri("/jobs", UriKind.Relative));
        var apiCall = await browser.GetAsync(new Uri("/api/v1/complaints", UriKind.Relative));
        using var withCookies = new HttpRequestMessage(HttpMethod.Get, "/api/v1/complaints");
        withCookies.Headers.Add("Cookie", "participation-session=expired; other=1");
        var apiCallWithCookies = await browser.SendAsync(withCookies);

        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/signin?ReturnUrl=%2Fjobs", dashboard.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        foreach (var refused in new[] { apiCall, apiCallWithCookies })
        {
            await refused.ShouldBeProblem(HttpStatusCode.Unauthorized);
            Assert.Equal("Bearer", refused.Headers.WwwAuthenticate.ToString());
        }
    }

    [Fact]
    public async Task Every_endpoint_declares_its_authorisation()
    {
        var endpoints = api.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints;

        var undeclared = endpoints
            .Where(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is null
                               && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            .Select(endpoint => endpoint.DisplayName)
            .ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void Only_health_the_openapi_document_and_the_respondent_routes_and_page_answer_without_credentials()
    {
        // Signing in and out are the way to credentials, so they cannot need them.
        string[] publicPrefixes = ["/health/", "/api/v1/respond/", "/api/v1/public/", "/respond/", "/signin", "/signout"];
        var endpoints = api.Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints;

        var anonymous = endpoints.OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .ToList();

        Assert.Contains("/respond/{token}/", anonymous);
        Assert.All(anonymous, route => Assert.Contains(publicPrefixes, prefix => route.StartsWith(prefix, StringComparison.Ordinal)));
    }
}
