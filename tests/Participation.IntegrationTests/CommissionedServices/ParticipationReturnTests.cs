using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Forums;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.CommissionedServices;

public sealed class ParticipationReturnTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Principles = ["purposeful", "timely", "transparent", "inclusive", "collaborative", "resourced", "accountable"];
    private readonly HttpClient _officer = api.Factory.Client(Roles.ParticipationOfficer);
    private readonly HttpClient _commissioner = api.Factory.Client(Roles.Manager);

    private static object Content(int principles = 7, string score = "established", string? evidence = "Young people co-chair the service's steering group every month.", int hartRung = 6) => new
    {
        activities = new[]
        {
            new
            {
                title = "Young people's steering group",
                audiences = new[] { "child-or-young-person" },
                cohorts = new[] { "send" },
                participantsReached = 14,
                hartRung,
                lundy = new
                {
                    space = new { met = true, evidence = "Monthly, at the youth centre." },
                    voice = new { met = true, evidence = "Picture cards and a youth worker." },
                    audience = new { met = true, evidence = "The service manager attends." },
                    influence = new { met = true, evidence = (string?)null },
                },
            },
        },
        heard = "Waiting times are too long.",
        themes = Array.Empty<string>(),
        youSaidWeDid = new[] { new { said = "Waiting times are too long.", did = "A drop-in clinic opened on Saturdays." } },
        selfAssessment = Principles.Take(principles).Select(principle => new { principle, score, evidence }).ToArray(),
    };

    private async Task<(Guid Provider, string Return, HttpClient Partner)> OpenedAsync(string name)
    {
        var provider = await api.Factory.CreateProvider(name);
        var opened = await _officer.CreatedAsync($"/api/v1/providers/{provider}/returns", new { year = 2026, period = "q2" });
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(provider, "returns:write")).Key);
        return (provider, opened.GetProperty("id").GetString()!, partner);
    }

    [Fact]
    public async Task The_same_key_and_body_sent_for_another_return_is_a_reused_key_not_the_first_returns_replay()
    {
        var (provider, first, partner) = await OpenedAsync("Returns one key");
        var second = (await _officer.CreatedAsync($"/api/v1/providers/{provider}/returns", new { year = 2026, period = "q3" })).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.OK, (await SubmitAsync(partner, first, "quarterly-return")).StatusCode);
        var another = await SubmitAsync(partner, second!, "quarterly-return");

        await another.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        Assert.NotEqual("submitted", (await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/providers/{provider}/returns/{second}")).GetProperty("status").GetString());
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient partner, string returnId, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/partner/returns/{returnId}/submissions") { Content = JsonContent.Create(Content()) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await partner.SendAsync(request, cancellationToken);
    }

    [Fact]
    public async Task A_keyed_submission_whose_client_hangs_up_before_the_commit_still_completes_and_its_retry_replays_the_answer()
    {
        var (_, id, partner) = await OpenedAsync("Returns hang-up");
        using var hangUp = new CancellationTokenSource();
        Task<HttpResponseMessage> first;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "audit.audit_events", "NEW.operation = 'SubmitPartnerReturn'", key: 424_248))
        {
            first = SubmitAsync(partner, id, "hang-up-1", hangUp.Token);
            await commits.CommitWaitingAsync("the submission never reached its commit");
            await hangUp.CancelAsync();
            // Time for the hang-up to reach the commit: one cancelled with its client stops waiting at once.
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        await api.Factory.UntilCountedAsync(
            "SELECT count(*) FROM partners.idempotency_records WHERE key = 'hang-up-1' AND status_code IS NOT NULL",
            "the submission was abandoned with its client, so the retry would submit again");
        var retried = await SubmitAsync(partner, id, "hang-up-1");
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("true", Assert.Single(retried.Headers.GetValues("Idempotent-Replayed")));
    }

    [Fact]
    public async Task A_return_is_due_the_configured_working_days_after_its_period_and_needs_all_seven_principles_with_evidence()
    {
        var (provider, id, partner) = await OpenedAsync("Returns CAMHS");
        var read = await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/providers/{provider}/returns/{id}");
        // Q2 ends on Wednesday 30 September 2026; 20 working days later (no bank holiday in October) is Wednesday 28 October.
        Assert.Equal("2026-10-28", read.GetProperty("dueOn").GetString());

        await (await partner.PostAsJsonAsync($"/api/v1/partner/returns/{id}/submissions", Content(principles: 6))).ShouldBeValidationProblemFor("selfAssessment");
        // A quarterly contract is asked for quarters: a half-year would overlap them.
        await (await _officer.PostAsJsonAsync($"/api/v1/providers/{provider}/returns", new { year = 2026, period = "h1" })).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "commissioned-services.returns.period-not-the-contracts");
        await (await _officer.PostAsJsonAsync($"/api/v1/providers/{provider}/returns", new { year = 2026, period = "q2" })).ShouldBreakRule(HttpStatusCode.Conflict, "commissioned-services.returns.period-already-open");
        await (await partner.PostAsJsonAsync($"/api/v1/partner/returns/{id}/submissions", Content(evidence: " "))).ShouldBeValidationProblemFor("selfAssessment[0].evidence");
        Assert.Equal("open", (await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/providers/{provider}/returns/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_return_of_the_largest_valid_size_in_escaped_welsh_text_is_accepted()
    {
        var (_, id, partner) = await OpenedAsync("Returns at full length");
        // Every character outside ASCII, so the default JSON writer escapes each as six bytes: about 2.4 MB.
        var statement = new string('ŵ', 2000);
        var content = new
        {
            activities = Array.Empty<object>(),
            heard = new string('ŵ', 4000),
            themes = Array.Empty<string>(),
            youSaidWeDid = Enumerable.Range(0, 100).Select(_ => new { said = statement, did = statement }).ToArray(),
            selfAssessment = Principles.Select(principle => new { principle, score = "established", evidence = statement }).ToArray(),
        };

        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsJsonAsync($"/api/v1/partner/returns/{id}/submissions", content)).StatusCode);
    }

    [Fact]
    public async Task A_submitted_return_cannot_change_a_returned_one_is_resubmitted_and_both_versions_are_kept_with_flags()
    {
        var (provider, id, partner) = await OpenedAsync("Returns school");
        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsJsonAsync($"/api/v1/partner/returns/{id}/submissions", Content(hartRung: 2, evidence: "Yes."))).StatusCode);
        await (await partner.PostAsJsonAsync($"/api/v1/partner/returns/{id}/submissions", Content())).ShouldBreakRule(HttpStatusCode.Conflict, "commissioned-services.returns.not-open-for-submission");

        var resource = $"/api/v1/providers/{provider}/returns/{id}";
        var ratings = Principles.Select(principle => new { principle, rating = "amber", note = (string?)null }).ToArray();
        await (await _commissioner.PostStepAsync(resource, "reviews", new { decision = "return", ratings, comments = " " })).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "commissioned-services.returns.comments-required");
        var returned = await _commissioner.PostStepAsync(resource, "reviews", new { decision = "return", ratings, comments = "Evidence is thin; say what the steering group changed." });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var review = (await returned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviews")[0];
        var flags = review.GetProperty("flags").EnumerateArray().Select(flag => flag.GetString()).ToList();
        Assert.Contains("non-participation:activities[0]", flags);
        Assert.Contains("influence-without-evidence:activities[0]", flags);
        Assert.Contains("score-without-evidence:purposeful", flags);

        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsJsonAsync($"/api/v1/partner/returns/{id}/submissions", Content())).StatusCode);
        var accepted = await _commissioner.PostStepAsync(resource, "reviews", new { decision = "accept", ratings, comments = (string?)null });
        var final = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accepted", final.GetProperty("status").GetString());
        Assert.Equal(2, final.GetProperty("submissions").GetArrayLength());
        Assert.Equal(2, final.GetProperty("submissions")[0].GetProperty("content").GetProperty("activities")[0].GetProperty("hartRung").GetInt32());
        Assert.Equal(6, final.GetProperty("submissions")[1].GetProperty("content").GetProperty("activities")[0].GetProperty("hartRung").GetInt32());
    }

    [Fact]
    public async Task The_provider_reads_its_return_with_the_councils_staff_named_by_their_part_not_their_accounts()
    {
        var (provider, id, partner) = await OpenedAsync("Returns staff unnamed");
        var resource = $"/api/v1/providers/{provider}/returns/{id}";
        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync(resource, "submissions", Content())).StatusCode);
        var ratings = Principles.Select(principle => new { principle, rating = "green", note = (string?)null }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await _commissioner.PostStepAsync(resource, "reviews", new { decision = "return", ratings, comments = "Say what changed." })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsJsonAsync($"/api/v1/partner/returns/{id}/submissions", Content())).StatusCode);

        var staffView = await _officer.GetFromJsonAsync<JsonElement>(resource);
        var partnerViews = new[]
        {
            await partner.GetFromJsonAsync<JsonElement>($"/api/v1/partner/returns/{id}"),
            (await partner.GetFromJsonAsync<JsonElement>("/api/v1/partner/returns")).EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == id),
        };

        Assert.Equal($"test-{Roles.ParticipationOfficer}", staffView.GetProperty("submissions")[0].GetProperty("submittedBy").GetString());
        Assert.Equal($"test-{Roles.Manager}", staffView.GetProperty("reviews")[0].GetProperty("reviewedBy").GetString());
        foreach (var view in partnerViews)
        {
            Assert.Equal(["council officer", "provider's system"], view.GetProperty("submissions").EnumerateArray().Select(submission => submission.GetProperty("submittedBy").GetString()));
            Assert.Equal("commissioner", view.GetProperty("reviews")[0].GetProperty("reviewedBy").GetString());
        }
    }

    [Fact]
    public async Task One_providers_key_can_neither_read_nor_submit_anothers_return()
    {
        var (provider, id, _) = await OpenedAsync("Returns advocacy");
        var (_, _, other) = await OpenedAsync("Returns other provider");

        await (await other.GetAsync(new Uri($"/api/v1/partner/returns/{id}", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync($"/api/v1/partner/returns/{id}/submissions", Content())).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal("open", (await _officer.GetFromJsonAsync<JsonElement>($"/api/v1/providers/{provider}/returns/{id}")).GetProperty("status").GetString());
        Assert.DoesNotContain(id, (await other.GetFromJsonAsync<JsonElement>("/api/v1/partner/returns")).EnumerateArray().Select(entry => entry.GetProperty("id").GetString()));
    }
}
