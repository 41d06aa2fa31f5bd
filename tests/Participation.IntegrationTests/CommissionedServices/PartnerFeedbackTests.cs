using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.CommissionedServices;

public sealed class PartnerFeedbackTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Feedback = "/api/v1/partner/feedback";

    private static object Item(string externalId, int? rating = 4, string serviceArea = "camhs", string audience = "child-or-young-person", string[]? themes = null, string? comment = "The waiting room was nice", string receivedOn = "2026-11-20") => new
    {
        externalId,
        receivedOn,
        audience,
        cohorts = new[] { "looked-after-children", "send" },
        serviceArea,
        channel = "app",
        rating,
        comment,
        themes = themes ?? ["being-listened-to"],
    };

    [Fact]
    public async Task A_posted_item_is_stored_once_its_event_is_in_the_outbox_and_a_resend_returns_it_without_duplicating()
    {
        var client = await PartnerAsync("Single poster");

        var first = await client.PostAsJsonAsync(Feedback, Item("case-1"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var stored = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["looked-after-children", "send"], stored.GetProperty("cohorts").EnumerateArray().Select(cohort => cohort.GetString()));

        var resend = await client.PostAsJsonAsync(Feedback, Item("case-1"));
        Assert.Equal(HttpStatusCode.OK, resend.StatusCode);
        Assert.Equal(stored.GetProperty("id").GetGuid(), (await resend.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        var read = await client.GetFromJsonAsync<JsonElement>(first.Headers.Location);
        Assert.Equal("The waiting room was nice", read.GetProperty("comment").GetString());
        Assert.Equal(1L, await Scalar(
            "SELECT count(*) FROM commissioned_services.outbox_messages WHERE type LIKE 'records:%FeedbackReceived' AND content::jsonb @> jsonb_build_array($1::text)",
            stored.GetProperty("id").GetGuid().ToString()));
    }

    [Fact]
    public async Task A_batch_is_stored_whole_and_a_resent_batch_reports_duplicates_instead_of_storing_them()
    {
        var client = await PartnerAsync("Batch poster");

        var first = await PostBatch(client, new { items = new[] { Item("b-1"), Item("b-2", rating: null, comment: null), Item("b-3") } });
        var accepted = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(3, accepted.GetProperty("accepted").GetInt32());

        var again = await PostBatch(client, new { items = new[] { Item("b-3"), Item("b-4") } });
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, second.GetProperty("accepted").GetInt32());
        Assert.Equal(1, second.GetProperty("duplicates").GetInt32());
        Assert.Equal(
            accepted.GetProperty("items")[2].GetProperty("id").GetGuid(),
            second.GetProperty("items")[0].GetProperty("id").GetGuid());

        var page = await client.GetFromJsonAsync<JsonElement>($"{Feedback}?pageSize=2");
        var next = await client.GetFromJsonAsync<JsonElement>($"{Feedback}?pageSize=2&cursor={page.GetProperty("nextCursor").GetString()}");
        Assert.Equal(
            ["b-1", "b-2", "b-3", "b-4"],
            page.GetProperty("items").EnumerateArray().Concat(next.GetProperty("items").EnumerateArray()).Select(item => item.GetProperty("externalId").GetString()));
    }

    [Theory]
    [InlineData(6, "camhs", "2026-11-20", "items[1].rating")]
    [InlineData(3, "no-such-area", "2026-11-20", "items[1].serviceArea")]
    [InlineData(3, "camhs", "0001-01-01", "items[1].receivedOn")]
    public async Task A_batch_with_one_bad_item_is_refused_whole_naming_the_item(int rating, string serviceArea, string receivedOn, string field)
    {
        var client = await PartnerAsync($"Bad batch {field} {rating}");

        var response = await PostBatch(client, new { items = new[] { Item("ok-1"), Item("bad", rating, serviceArea, receivedOn: receivedOn), Item("ok-2") } });

        await response.ShouldBeValidationProblemFor(field);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>(Feedback)).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_audience_is_a_400_naming_the_item_field()
    {
        var client = await PartnerAsync("Bad audience");

        var response = await PostBatch(client, new { items = new[] { Item("x-1"), Item("x-2", audience: "alien") } });

        var problem = await response.ShouldBeValidationProblemFor("items[1].audience");
        Assert.StartsWith("Must be one of: child-or-young-person, parent,", problem.GetProperty("errors").GetProperty("items[1].audience")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_of_1001_items_is_refused()
    {
        var client = await PartnerAsync("Too many");

        var response = await PostBatch(client, new { items = Enumerable.Range(0, 1001).Select(index => Item($"many-{index}")).ToArray() });

        await response.ShouldBeValidationProblemFor("items");
    }

    [Fact]
    public async Task A_single_item_names_its_fields_without_an_index()
    {
        var client = await PartnerAsync("Single bad");

        var response = await client.PostAsJsonAsync(Feedback, Item("single-bad", rating: 0));

        await response.ShouldBeValidationProblemFor("rating");
    }

    [Fact]
    public async Task An_oversized_body_is_a_413()
    {
        var client = await PartnerAsync("Oversized");
        using var body = new StringContent($"{{\"externalId\":\"big\",\"comment\":\"{new string('x', 70 * 1024)}\"}}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync(new Uri(Feedback, UriKind.Relative), body);

        await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Another_providers_item_is_a_404_and_never_listed()
    {
        var owner = await PartnerAsync("Owner of items");
        var other = await PartnerAsync("Curious other");
        var posted = await (await owner.PostAsJsonAsync(Feedback, Item("private-1"))).Content.ReadFromJsonAsync<JsonElement>();

        await (await other.GetAsync(new Uri($"{Feedback}/{posted.GetProperty("id").GetGuid()}", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(0, (await other.GetFromJsonAsync<JsonElement>(Feedback)).GetProperty("items").GetArrayLength());

        // The same external id from another provider is that provider's own item, not a duplicate.
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync(Feedback, Item("private-1"))).StatusCode);
    }

    [Fact]
    public async Task A_partners_cursor_names_its_own_last_item_and_reveals_nothing_of_other_partners()
    {
        var client = await PartnerAsync("Pager");
        var other = await PartnerAsync("Other pager");
        var otherItem = (await (await other.PostAsJsonAsync(Feedback, Item("theirs-1"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await client.PostAsJsonAsync(Feedback, Item("page-1"));
        await client.PostAsJsonAsync(Feedback, Item("page-2"));

        var first = await client.GetFromJsonAsync<JsonElement>($"{Feedback}?pageSize=1");
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var lastOnPage = first.GetProperty("items")[0].GetProperty("id").GetGuid();

        Assert.Equal(lastOnPage.ToString(), Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(cursor)));
        var second = await client.GetFromJsonAsync<JsonElement>($"{Feedback}?pageSize=1&cursor={cursor}");
        Assert.Equal("page-2", second.GetProperty("items")[0].GetProperty("externalId").GetString());
        var forged = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(otherItem.ToString()));
        await (await client.GetAsync(new Uri($"{Feedback}?cursor={forged}", UriKind.Relative))).ShouldBeValidationProblemFor("cursor");
    }

    [Fact]
    public async Task A_batch_that_commits_late_is_not_paged_past_by_a_reader_who_saw_a_later_batch()
    {
        var client = await PartnerAsync("Concurrent poster");
        var seen = new List<string>();
        string? cursor;
        Task<HttpResponseMessage> early, late;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "commissioned_services.feedback_items", "NEW.external_id LIKE 'slow-%'", key: 424_243))
        {
            // The first batch has copied its items, drawn their positions, and waits to commit; the second is sent meanwhile.
            early = PostBatch(client, new { items = new[] { Item("slow-1"), Item("slow-2") } });
            await commits.CommitWaitingAsync("the first batch never reached its commit");
            late = PostBatch(client, new { items = new[] { Item("quick-1"), Item("quick-2") } });
            await CommittedOrQueuedBehindItsProviderAsync(late);

            // A reader pages while the first batch is still uncommitted.
            var page = await client.GetFromJsonAsync<JsonElement>($"{Feedback}?pageSize=1");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("externalId").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }

        Assert.Equal(HttpStatusCode.OK, (await early).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await late).StatusCode);
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>(cursor is null ? Feedback : $"{Feedback}?cursor={cursor}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("externalId").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(["quick-1", "quick-2", "slow-1", "slow-2"], seen.Order());
    }

    [Fact]
    public async Task Ids_and_a_provider_sent_in_the_body_are_refused_and_nothing_is_stored()
    {
        var other = await api.Factory.CreateProvider("Impersonated");
        var client = await PartnerAsync("Impersonator");

        var response = await client.PostAsJsonAsync(Feedback, new
        {
            providerId = other,
            externalId = "mass-1", receivedOn = "2026-11-20", audience = "parent", cohorts = Array.Empty<string>(), serviceArea = "camhs", channel = "email",
        });

        await response.ShouldBeValidationProblemFor("providerId");
        Assert.Equal(0L, await Scalar("SELECT count(*) FROM commissioned_services.feedback_items WHERE provider_id = $1", other));
    }

    [Fact]
    public async Task A_key_without_the_write_scope_cannot_post()
    {
        var provider = await api.Factory.CreateProvider("Read only");
        var (_, key) = await api.Factory.IssueKey(provider, "feedback:read");

        await (await api.Factory.PartnerClient(key).PostAsJsonAsync(Feedback, Item("nope"))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    /// <summary>
    /// Waits until <paramref name="batch"/> has been answered or waits on its provider's intake lock (a two-key advisory
    /// lock; the held commits wait on a one-key lock): whichever happens, not a guess at how long committing takes.
    /// </summary>
    private Task CommittedOrQueuedBehindItsProviderAsync(Task<HttpResponseMessage> batch)
    {
        const string queued = """
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND objsubid = 2 AND NOT granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """;
        return api.Factory.UntilCountedAsync(queued, "the second batch neither committed nor waited", orElse: () => batch.IsCompleted);
    }

    /// <summary>Batches require an Idempotency-Key; each call here is a new request.</summary>
    private static Task<HttpResponseMessage> PostBatch(HttpClient client, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Feedback}/batch") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return client.SendAsync(request);
    }

    private async Task<HttpClient> PartnerAsync(string name)
    {
        var provider = await api.Factory.CreateProvider(name);
        var (_, key) = await api.Factory.IssueKey(provider);
        return api.Factory.PartnerClient(key);
    }

    private async Task<long> Scalar(string sql, object parameter) => (long)(await api.Factory.ScalarAsync(sql, parameter))!;
}
