using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Surveys;

/// <summary>A host on a real port, so a browser can reach it.</summary>
public sealed class BrowserFixture : ApiFixture
{
    public Uri Address { get; private set; } = null!;

    protected override void Start(ParticipationApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        factory.UseKestrel(0);
        factory.StartServer();
        Address = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}

/// <summary>A child follows the link in a browser, answers on the page, and every state of the page passes axe-core.</summary>
public sealed class RespondentPageTests(BrowserFixture api) : IClassFixture<BrowserFixture>
{
    // Debian's Chromium: Playwright's own browser download cannot be reached here, and .ci/run installs this one.
    private const string Chromium = "/usr/bin/chromium";

    /// <summary>WCAG 2.0, 2.1 and 2.2 at levels A and AA.</summary>
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    [Fact]
    public async Task A_child_answers_through_the_page_and_no_state_of_it_has_an_accessibility_violation()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var tokens = (await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = new[] { new { caseReference = "C-3301" }, new { caseReference = "C-3302" } } }))
            .Select(route => route.Split('/')[^1]).ToList();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync();
        var violations = new List<string>();

        var opened = await page.GotoAsync(new Uri(api.Address, $"/respond/{tokens[0]}").ToString());
        Assert.Equal((int)HttpStatusCode.OK, opened!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How was your review?", Level = 1 })).ToBeVisibleAsync();
        await CheckAccessibility(page, "questions", violations);

        // Nothing chosen: the error summary names the question and links to it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Question 1: Choose an answer." })).ToBeVisibleAsync();
        await CheckAccessibility(page, "no answer", violations);

        // The lowest picture asks for words, which are required once shown.
        await page.GetByText("Not at all", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Question 2: Write your answer in the box." })).ToBeVisibleAsync();
        Assert.True(await page.GetByLabel("Not at all").IsCheckedAsync());
        await CheckAccessibility(page, "a required answer missing", violations);

        await page.GetByLabel("2. What would make things better?").FillAsync("Being asked before I move");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await CheckAccessibility(page, "thank you", violations);

        var used = await page.GotoAsync(new Uri(api.Address, $"/respond/{tokens[0]}").ToString());
        Assert.Equal((int)HttpStatusCode.Gone, used!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This link no longer works" })).ToBeVisibleAsync();
        await CheckAccessibility(page, "used link", violations);

        await api.Factory.ScalarAsync("UPDATE surveys.invitations SET expires_at = now() - interval '1 minute' WHERE token_hash = sha256(convert_to($1, 'UTF8'))", tokens[1]);
        var expired = await page.GotoAsync(new Uri(api.Address, $"/respond/{tokens[1]}").ToString());
        Assert.Equal((int)HttpStatusCode.Gone, expired!.Status);
        await CheckAccessibility(page, "expired link", violations);

        var unknown = await page.GotoAsync(new Uri(api.Address, $"/respond/{new string('x', 43)}").ToString());
        Assert.Equal((int)HttpStatusCode.NotFound, unknown!.Status);
        await CheckAccessibility(page, "unknown link", violations);

        Assert.Empty(violations);
        Assert.Equal(
            "1|online-form|C-3301|1|Being asked before I move",
            await api.Factory.ScalarAsync("SELECT count(*) || '|' || max(channel) || '|' || max(case_reference) || '|' || max(answers -> 0 -> 'values' ->> 0) || '|' || max(answers -> 1 -> 'values' ->> 0) FROM surveys.responses WHERE survey_id = $1", survey));
    }

    [Fact]
    public async Task Posting_the_page_twice_shows_thanks_twice_and_a_form_it_cannot_read_is_a_page_not_an_error()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var token = (await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = new[] { new { caseReference = "C-3303" } } }))[0].Split('/')[^1];
        var browser = api.Factory.CreateClient();
        using var answers = new FormUrlEncodedContent([new("version", "1"), new("q1", "1"), new("q2", "More say in where I live")]);
        var body = await answers.ReadAsStringAsync();

        foreach (var attempt in new[] { 1, 2 })
        {
            var posted = await browser.PostAsync(new Uri($"/respond/{token}", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
            Assert.True(posted.StatusCode == HttpStatusCode.OK, await posted.Content.ReadAsStringAsync());
            Assert.Contains("Thank you", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("More say in where I live", await api.Factory.ScalarAsync("SELECT answers -> 1 -> 'values' ->> 0 FROM surveys.responses WHERE survey_id = $1", survey));
        foreach (var unreadable in new[] { new StringContent("--x", System.Text.Encoding.UTF8, "multipart/form-data"), new StringContent("version=1&q1=1&q2=a%00b", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") })
        {
            var refused = await browser.PostAsync(new Uri($"/respond/{token}", UriKind.Relative), unreadable);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("could not be read", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_welsh_speaker_meets_no_english_and_the_welsh_page_has_no_accessibility_violation()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false, SurveyScenarios.Welsh);
        var token = (await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", variant = "cymraeg", recipients = new[] { new { caseReference = "C-3304" } } }))[0].Split('/')[^1];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync();
        var violations = new List<string>();

        await page.GotoAsync(new Uri(api.Address, $"/respond/{token}").ToString());
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sut aeth eich adolygiad?", Level = 1 })).ToBeVisibleAsync();
        await CheckAccessibility(page, "cwestiynau", violations);

        await page.GetByRole(AriaRole.Button, new() { Name = "Anfon fy atebion" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Cwestiwn 1: Dewiswch ateb." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mae problem wedi codi" })).ToBeVisibleAsync();
        await CheckAccessibility(page, "dim ateb", violations);

        await page.GetByText("Llawer", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Anfon fy atebion" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Diolch" })).ToBeVisibleAsync();
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
        await CheckAccessibility(page, "diolch", violations);

        var used = await page.GotoAsync(new Uri(api.Address, $"/respond/{token}").ToString());
        Assert.Equal((int)HttpStatusCode.Gone, used!.Status);
        Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nid yw'r ddolen hon yn gweithio mwyach" })).ToBeVisibleAsync();
        await CheckAccessibility(page, "dolen wedi'i defnyddio", violations);

        Assert.Empty(violations);
        Assert.Equal("cymraeg|3", await api.Factory.ScalarAsync("SELECT variant || '|' || (answers -> 0 -> 'values' ->> 0) FROM surveys.responses WHERE survey_id = $1", survey));
    }

    [Fact]
    public async Task Wording_in_another_language_is_marked_as_such_on_the_english_page_and_a_language_must_be_a_code()
    {
        var polish = new
        {
            key = "polski",
            language = "pl",
            title = "Jak minął twój przegląd?",
            questions = new object[] { new { text = "Czy czujesz, że cię słuchają?", labels = new[] { "Wcale", "Trochę", "Bardzo" } }, new { text = "Co by pomogło?" } },
        };
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var misnamed = System.Text.Json.JsonSerializer.SerializeToNode(SurveyScenarios.Questionnaire(anonymous: true, polish))!;
        misnamed["variants"]![0]!["language"] = "Polish";
        await (await officer.PostAsJsonAsync(SurveyScenarios.SurveysPath, misnamed)).ShouldBeValidationProblemFor("variants[0].language");
        // In another language the answers are worded too, or they would stay in English.
        var unworded = System.Text.Json.JsonSerializer.SerializeToNode(SurveyScenarios.Questionnaire(anonymous: true, polish))!;
        unworded["variants"]![0]!["questions"]![0]!.AsObject().Remove("labels");
        await (await officer.PostAsJsonAsync(SurveyScenarios.SurveysPath, unworded)).ShouldBeValidationProblemFor("variants[0].questions[0].labels");

        var survey = await api.Factory.PublishedSurveyAsync(anonymous: true, polish, SurveyScenarios.Welsh);
        var link = (await api.Factory.IssueLinksAsync(survey, new { kind = "open", variant = "polski" }))[0];
        var questionnaire = await api.Factory.CreateClient().GetFromJsonAsync<JsonElement>(link);
        Assert.Equal("pl", questionnaire.GetProperty("language").GetString());

        var html = await api.Factory.CreateClient().GetStringAsync(new Uri($"/respond/{link.Split('/')[^1]}", UriKind.Relative));
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 lang=\"pl\">Jak minął twój przegląd?</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"pl\">Czy czujesz, że cię słuchają?</span>", html, StringComparison.Ordinal);
        Assert.Contains("Send my answers", html, StringComparison.Ordinal);
    }

    private static async Task CheckAccessibility(IPage page, string state, List<string> violations)
    {
        var results = await page.RunAxe(WcagAandAA);
        // A run that checked nothing would find nothing: it must have passed some of the rules it ran.
        Assert.NotEmpty(results.Passes);
        violations.AddRange(results.Violations.Select(violation => $"{state}: {violation.Id} ({violation.Impact}) {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}"));
    }
}
