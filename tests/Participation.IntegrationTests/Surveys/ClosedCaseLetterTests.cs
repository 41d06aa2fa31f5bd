using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Mail;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Surveys.Application.ClosedCases;
using Participation.Modules.Surveys.Infrastructure.ClosedCases;
using static Participation.IntegrationTests.Surveys.ClosedCaseScenarios;

namespace Participation.IntegrationTests.Surveys;

/// <summary>A host at 10:00 UTC on Monday 4 January 2027 that sends email to a real SMTP server in the test process, which the host gives up on after two seconds.</summary>
public sealed class ClosedCaseMailFixture : ApiFixture
{
    public SmtpSink Smtp { get; } = new();

    public StoppedClock Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 10, 0, 0, TimeSpan.Zero));

    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:UseTls"] = "false",
            ["Smtp:TimeoutSeconds"] = "2",
        })
        { ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock) };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

/// <summary>
/// Closed-case letters (docs/domain/closed-case-follow-up.md, ADR 20): one per closure, however often the closure is
/// sent or the job runs, and never a second when a send's outcome cannot be known.
/// </summary>
public sealed class ClosedCaseLetterTests(ClosedCaseMailFixture api) : IClassFixture<ClosedCaseMailFixture>
{
    [Fact]
    public async Task A_closure_posted_twice_is_one_closure_and_one_letter_whose_link_answers_the_questionnaire()
    {
        await api.Factory.ClosedCaseSurveyAsync("early-help");
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (letters)");
        var closure = Closure("CL-1", "2027-01-02", "early-help", "Sam Taylor", "sam.taylor@example.org");

        using var first = new HttpRequestMessage(HttpMethod.Post, PartnerPath) { Content = JsonContent.Create(closure) };
        first.Headers.Add("Idempotency-Key", "closure-CL-1");
        using var retry = new HttpRequestMessage(HttpMethod.Post, PartnerPath) { Content = JsonContent.Create(closure) };
        retry.Headers.Add("Idempotency-Key", "closure-CL-1");
        var created = await caseSystem.SendAsync(first);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseSystem.SendAsync(retry)).StatusCode);
        var stored = await caseSystem.PostClosureAsync(closure, HttpStatusCode.OK);
        var id = stored.GetProperty("id").GetGuid();
        Assert.Equal((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), id);
        // The partner reads its closure back without the family's contact details.
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("contact").ValueKind);
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.case_closures WHERE closure_id = 'CL-1'"));

        await api.Factory.RunLettersJobAsync();
        await api.Factory.RunLettersJobAsync();

        var email = Assert.Single(api.Smtp.To("sam.taylor@example.org"));
        Assert.Equal($"closed-case-{id:N}@participation.test", email.MessageId);
        Assert.Equal("We would like to hear how it went", email.Subject);
        Assert.Contains("Dear Sam Taylor,", email.TextBody);
        Assert.Contains("020 7946 0999", email.TextBody);
        Assert.Equal("letter.pdf", Assert.Single(email.Attachments).ContentDisposition!.FileName);
        var letter = await api.Factory.ClosureAsync(id);
        Assert.Equal("sent", letter.GetProperty("letter").GetString());
        Assert.Equal("email", letter.GetProperty("letterChannel").GetString());

        var link = SurveyScenarios.RespondRoute(LinkToken(email.TextBody!));
        var family = api.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await family.PostAsJsonAsync(link, new { version = 1, answers = new[] { new { question = 1, value = "3" } } })).StatusCode);
        var answered = await api.Factory.ClosureAsync(id);
        Assert.Equal("responded", answered.GetProperty("status").GetString());
        Assert.Equal("online-form", answered.GetProperty("respondedVia").GetString());
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE case_reference = 'CASE-CL-1'"));
    }

    [Fact]
    public async Task An_anonymous_answer_through_the_letters_link_leaves_nothing_joining_the_family_to_it()
    {
        await api.Factory.ClosedCaseSurveyAsync(["adoption"], [], anonymous: true);
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (anonymous)");
        var id = (await caseSystem.PostClosureAsync(Closure("CL-A1", "2027-01-02", "adoption", "Avery Stone", "avery.stone@example.org"))).GetProperty("id").GetGuid();
        await api.Factory.RunLettersJobAsync();
        var link = SurveyScenarios.RespondRoute(LinkToken(Assert.Single(api.Smtp.To("avery.stone@example.org")).TextBody!));

        Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().PostAsJsonAsync(link, new { version = 1, answers = new[] { new { question = 1, value = "2" } } })).StatusCode);

        Assert.Equal("responded", (await api.Factory.ClosureAsync(id)).GetProperty("status").GetString());
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.case_closures WHERE id = $1 AND invitation_id IS NOT NULL", id));
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE case_reference = 'CASE-CL-A1'"));
        // The letter's opt-out still answers: the follow-up ended with the answer, so nothing more comes.
        var optOut = await api.Factory.CreateClient().PostAsync(new Uri($"{link}/opt-out", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, optOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().GetAsync(new Uri($"/respond/{link.Split('/')[^1]}/opt-out", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_family_whose_language_the_survey_has_gets_a_link_to_the_questionnaire_in_it()
    {
        await api.Factory.ClosedCaseSurveyAsync(["leaving-care"], [SurveyScenarios.Welsh]);
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (languages)");
        await caseSystem.PostClosureAsync(Closure("CL-CY", "2027-01-02", "leaving-care", "Rhys Evans", "rhys.evans@example.org", preferredLanguage: "CY-gb"));
        await caseSystem.PostClosureAsync(Closure("CL-EN", "2027-01-02", "leaving-care", "Ann Lee", "ann.lee@example.org"));

        await api.Factory.RunLettersJobAsync();

        var family = api.Factory.CreateClient();
        var welsh = await family.GetFromJsonAsync<JsonElement>(SurveyScenarios.RespondRoute(LinkToken(Assert.Single(api.Smtp.To("rhys.evans@example.org")).TextBody!)));
        Assert.Equal("cy", welsh.GetProperty("language").GetString());
        Assert.Equal("Sut aeth eich adolygiad?", welsh.GetProperty("title").GetString());
        var english = await family.GetFromJsonAsync<JsonElement>(SurveyScenarios.RespondRoute(LinkToken(Assert.Single(api.Smtp.To("ann.lee@example.org")).TextBody!)));
        Assert.Equal(JsonValueKind.Null, english.GetProperty("language").ValueKind);
        Assert.Equal("How did it go?", english.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_crash_after_the_server_took_the_email_sends_no_second_and_officers_resend_at_most_once()
    {
        await api.Factory.ClosedCaseSurveyAsync("assessment");
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (crash)");
        var id = (await caseSystem.PostClosureAsync(Closure("CL-2", "2027-01-02", "assessment", "Alex Morgan", "alex.morgan@example.org"))).GetProperty("id").GetGuid();

        // The host stops after the SMTP server accepted the letter and before the run recorded it.
        using var stopping = new CancellationTokenSource();
        var crashing = ActivatorUtilities.CreateInstance<SendLettersJob>(api.Factory.Services, new SendsThenStops(api.Factory.Services.GetRequiredService<IMailSender>(), stopping));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => crashing.RunAsync(stopping.Token));
        Assert.Equal("sending", (await api.Factory.ClosureAsync(id)).GetProperty("letter").GetString());

        await api.Factory.RunLettersJobAsync();
        await api.Factory.RunLettersJobAsync();

        Assert.Single(api.Smtp.To("alex.morgan@example.org"));
        var unknown = await api.Factory.ClosureAsync(id);
        Assert.Equal("letter-status-unknown", unknown.GetProperty("status").GetString());
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var toCheck = await officer.GetFromJsonAsync<JsonElement>($"{StaffPath}?letter=status-unknown");
        Assert.Contains(toCheck.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);

        // The officer finds it did not arrive: the next run sends it again, and this time the server answers too late.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"{StaffPath}/{id}/letter-checks", new { arrived = false })).StatusCode);
        api.Smtp.AnswerDelay = TimeSpan.FromSeconds(4);
        try
        {
            await api.Factory.RunLettersJobAsync();
        }
        finally
        {
            api.Smtp.AnswerDelay = TimeSpan.Zero;
        }

        var sent = api.Smtp.To("alex.morgan@example.org");
        Assert.Equal(2, sent.Count);
        Assert.Equal($"closed-case-{id:N}@participation.test", sent[1].MessageId);
        Assert.Equal("status-unknown", (await api.Factory.ClosureAsync(id)).GetProperty("letter").GetString());
        await (await officer.PostAsJsonAsync($"{StaffPath}/{id}/letter-checks", new { arrived = false })).ShouldBreakRule(HttpStatusCode.Conflict, "closed-cases.already-resent");
        await api.Factory.RunLettersJobAsync();
        Assert.Equal(2, api.Smtp.To("alex.morgan@example.org").Count);
        Assert.Equal("sent", (await (await officer.PostAsJsonAsync($"{StaffPath}/{id}/letter-checks", new { arrived = true })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("letter").GetString());
    }

    [Fact]
    public async Task A_letter_that_cannot_be_written_waits_for_the_next_run_and_the_runs_other_letters_still_go()
    {
        await api.Factory.ClosedCaseSurveyAsync("fostering");
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (template)");
        var failing = (await caseSystem.PostClosureAsync(Closure("CL-T1", "2027-01-02", "fostering", "Bea Failing", "bea.failing@example.org"))).GetProperty("id").GetGuid();
        var fine = (await caseSystem.PostClosureAsync(Closure("CL-T2", "2027-01-02", "fostering", "Cal Fine", "cal.fine@example.org"))).GetProperty("id").GetGuid();
        // A council's template that fails on one family's details (here by dividing by zero for them).
        var template = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.liquid");
        await File.WriteAllTextAsync(template, "{% if addressee == 'Bea Failing' %}{{ 1 | divided_by: 0 }}{% endif %}Dear {{ addressee }}, {{ link }} {{ opt_out_link }}");
        try
        {
            var services = api.Factory.Services;
            var options = services.GetRequiredService<IOptions<ClosedCasesOptions>>().Value;
            var writer = new LetterWriter(
                Options.Create(new ClosedCasesOptions { PublicBaseUrl = options.PublicBaseUrl, CouncilPhone = options.CouncilPhone, LetterTemplatePath = template }),
                services.GetRequiredService<IOptions<MailOptions>>());
            await ActivatorUtilities.CreateInstance<SendLettersJob>(services, writer).RunAsync(CancellationToken.None);
        }
        finally
        {
            File.Delete(template);
        }

        Assert.Single(api.Smtp.To("cal.fine@example.org"));
        Assert.Empty(api.Smtp.To("bea.failing@example.org"));
        Assert.Equal("sent", (await api.Factory.ClosureAsync(fine)).GetProperty("letter").GetString());
        Assert.Equal("waiting", (await api.Factory.ClosureAsync(failing)).GetProperty("letter").GetString());

        await api.Factory.RunLettersJobAsync();

        Assert.Single(api.Smtp.To("bea.failing@example.org"));
        Assert.Single(api.Smtp.To("cal.fine@example.org"));
    }

    [Fact]
    public async Task A_postal_letter_is_in_its_days_print_batch_once_and_its_opt_out_link_takes_it_out()
    {
        await api.Factory.ClosedCaseSurveyAsync("youth-justice");
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (post)");
        var kept = (await caseSystem.PostClosureAsync(Closure("CL-3", "2027-01-03", "youth-justice", "Jordan Okafor", email: null))).GetProperty("id").GetGuid();
        var leaving = (await caseSystem.PostClosureAsync(Closure("CL-4", "2027-01-03", "youth-justice", "Robin Hale", email: null))).GetProperty("id").GetGuid();

        await api.Factory.RunLettersJobAsync();
        await api.Factory.RunLettersJobAsync();

        var text = await api.Factory.PrintBatchTextAsync("2027-01-04");
        Assert.Equal(1, Occurrences(text, "Dear Jordan Okafor,"));
        Assert.Equal(1, Occurrences(text, "Dear Robin Hale,"));
        Assert.Contains("EX1 1AA", text);
        Assert.Equal("in-print-batch", (await api.Factory.ClosureAsync(kept)).GetProperty("letter").GetString());

        // Robin's family follows the opt-out link in its letter: the page asks, then confirms in plain words.
        var robinsLetter = text[text.IndexOf("Dear Robin Hale,", StringComparison.Ordinal)..];
        var page = $"/respond/{LinkToken(robinsLetter)}/opt-out";
        var family = api.Factory.CreateClient();
        Assert.Contains("Stop us contacting you about this", await family.GetStringAsync(new Uri(page, UriKind.Relative)));
        var confirmed = await family.PostAsync(new Uri(page, UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("We will not contact you about this again", await confirmed.Content.ReadAsStringAsync());
        var optedOut = await api.Factory.ClosureAsync(leaving);
        Assert.Equal("opted-out", optedOut.GetProperty("status").GetString());
        Assert.Equal("letter-link", optedOut.GetProperty("optedOutVia").GetString());

        var reprinted = await api.Factory.PrintBatchTextAsync("2027-01-04");
        Assert.Equal(0, Occurrences(reprinted, "Robin Hale"));
        var printed = await api.Factory.Client(Roles.ParticipationOfficer).PostAsync(new Uri($"{StaffPath}/print-batches/2027-01-04/printed", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, printed.StatusCode);
        Assert.Equal("printed", (await api.Factory.ClosureAsync(kept)).GetProperty("letter").GetString());
    }

    [Fact]
    public async Task A_family_not_to_be_contacted_is_stored_without_contact_details_and_never_written_to()
    {
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (do not contact)");
        var closure = await caseSystem.PostClosureAsync(new
        {
            closureId = "CL-5",
            caseReference = "CASE-CL-5",
            closedOn = "2027-01-02",
            serviceArea = "early-help",
            contact = new { addresseeName = "Casey Quinn", email = "casey.quinn@example.org", phone = "01632 960002" },
            doNotContact = true,
            doNotContactReason = "safeguarding",
        });
        var id = closure.GetProperty("id").GetGuid();

        await api.Factory.RunLettersJobAsync();

        Assert.Empty(api.Smtp.To("casey.quinn@example.org"));
        Assert.Equal("do-not-contact", (await api.Factory.ClosureAsync(id)).GetProperty("status").GetString());
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.case_closures WHERE id = $1 AND num_nonnulls(addressee_name, postal_address, email, phone, preferred_language, format) > 0", id));
    }

    [Fact]
    public async Task Bad_closures_are_refused_naming_the_field_and_other_partners_closures_are_not_found()
    {
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (refused)");
        var response = await caseSystem.PostAsJsonAsync(PartnerPath, new { closureId = "CL-6", caseReference = "CASE-CL-6", closedOn = "2027-01-02", serviceArea = "early-help", doNotContact = false });
        await response.ShouldBeValidationProblemFor("contact");
        response = await caseSystem.PostAsJsonAsync(PartnerPath, Closure("CL-6", "2027-01-02", "early-help", "Pat Lee", "not-an-email"));
        await response.ShouldBeValidationProblemFor("contact.email");
        // An address a mail client cannot send to would stop its letter for good: refused at the door instead.
        response = await caseSystem.PostAsJsonAsync(PartnerPath, Closure("CL-6", "2027-01-02", "early-help", "Pat Lee", "pat lee@example.org"));
        await response.ShouldBeValidationProblemFor("contact.email");
        response = await caseSystem.PostAsJsonAsync(PartnerPath, Closure("CL-6", "2027-01-02", "nowhere", "Pat Lee", null));
        await response.ShouldBeValidationProblemFor("serviceArea");
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.case_closures WHERE closure_id = 'CL-6'"));

        var id = (await caseSystem.PostClosureAsync(Closure("CL-7", "2027-01-02", "early-help", "Pat Lee", null))).GetProperty("id").GetGuid();
        var other = await api.Factory.CaseSystemAsync("Case system (other)");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"{PartnerPath}/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(new Uri($"{PartnerPath}/{id}/opt-out", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseSystem.GetAsync(new Uri($"{PartnerPath}/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Feedback_a_family_writes_in_ends_its_follow_up_and_closes_its_link()
    {
        await api.Factory.ClosedCaseSurveyAsync("send");
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (writes in)");
        var id = (await caseSystem.PostClosureAsync(Closure("CL-8", "2027-01-02", "send", "Drew Ellis", "drew.ellis@example.org"))).GetProperty("id").GetGuid();
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var answers = new { channel = "letter", version = 1, answers = new object[] { new { question = 1, value = "2" }, new { question = 2, value = "It took a long time to hear back." } } };
        // Before its letter there is no questionnaire to enter answers against.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsJsonAsync($"{StaffPath}/{id}/feedback", answers)).StatusCode);
        await api.Factory.RunLettersJobAsync();

        var recorded = await officer.PostAsJsonAsync($"{StaffPath}/{id}/feedback", answers);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var closure = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("responded", closure.GetProperty("status").GetString());
        Assert.Equal("letter", closure.GetProperty("respondedVia").GetString());
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE case_reference = 'CASE-CL-8' AND channel = 'letter'"));
        var link = SurveyScenarios.RespondRoute(LinkToken(Assert.Single(api.Smtp.To("drew.ellis@example.org")).TextBody!));
        Assert.Equal(HttpStatusCode.Gone, (await api.Factory.CreateClient().GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
        await (await officer.PostAsJsonAsync($"{StaffPath}/{id}/feedback", answers with { channel = "app" })).ShouldBeValidationProblemFor("channel");

        // Sent again (a retry, a second officer): counted once.
        await (await officer.PostAsJsonAsync($"{StaffPath}/{id}/feedback", answers)).ShouldBreakRule(HttpStatusCode.Conflict, "closed-cases.already-responded");
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE case_reference = 'CASE-CL-8'"));
    }

    [Fact]
    public async Task A_batch_records_new_closures_and_reports_known_ones_as_duplicates()
    {
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (batch)");
        var known = (await caseSystem.PostClosureAsync(Closure("CL-B1", "2027-01-02", "early-help", "Lee Batch", null))).GetProperty("id").GetGuid();
        using var batch = new HttpRequestMessage(HttpMethod.Post, $"{PartnerPath}/batch")
        {
            Content = JsonContent.Create(new { closures = new[] { Closure("CL-B1", "2027-01-02", "early-help", "Lee Batch", null), Closure("CL-B2", "2027-01-02", "early-help", "Kim Batch", null) } }),
        };
        batch.Headers.Add("Idempotency-Key", "batch-1");

        var response = await caseSystem.SendAsync(batch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([("CL-B1", true), ("CL-B2", false)], items.Select(item => (item.GetProperty("closureId").GetString(), item.GetProperty("duplicate").GetBoolean())));
        Assert.Equal(known, items[0].GetProperty("id").GetGuid());
        // A batch without a key, or with the same closure twice, is refused whole.
        await (await caseSystem.PostAsJsonAsync($"{PartnerPath}/batch", new { closures = new[] { Closure("CL-B3", "2027-01-02", "early-help", "Jo Batch", null) } })).ShouldBeValidationProblemFor("Idempotency-Key");
        using var twice = new HttpRequestMessage(HttpMethod.Post, $"{PartnerPath}/batch")
        {
            Content = JsonContent.Create(new { closures = new[] { Closure("CL-B4", "2027-01-02", "early-help", "Jo Batch", null), Closure("CL-B4", "2027-01-02", "early-help", "Jo Batch", null) } }),
        };
        twice.Headers.Add("Idempotency-Key", "batch-2");
        await (await caseSystem.SendAsync(twice)).ShouldBeValidationProblemFor("closures");
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.case_closures WHERE closure_id IN ('CL-B3', 'CL-B4')"));
    }

    [Fact]
    public async Task Administrators_list_the_jobs_and_run_one_now()
    {
        var admin = api.Factory.Client(Roles.Administrator);
        var jobs = await admin.GetFromJsonAsync<JsonElement>("/api/v1/jobs");
        var letters = jobs.GetProperty("items").EnumerateArray().Single(job => job.GetProperty("id").GetString() == SendLettersJob.Id);
        Assert.Equal("0 8 * * *", letters.GetProperty("cron").GetString());
        Assert.Equal("Europe/London", letters.GetProperty("timeZone").GetString());
        Assert.Equal(JsonValueKind.String, letters.GetProperty("nextRun").ValueKind);

        var run = await admin.PostAsync(new Uri($"/api/v1/jobs/{SendLettersJob.Id}/runs", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var status = await admin.GetFromJsonAsync<JsonElement>(run.Headers.Location!);
        Assert.Equal("Enqueued", status.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(new Uri("/api/v1/jobs/no-such-job/runs", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Factory.Client(Roles.ParticipationOfficer).GetAsync(new Uri("/api/v1/jobs", UriKind.Relative))).StatusCode);
    }

    private static int Occurrences(string text, string words) => text.Split(words).Length - 1;

    /// <summary>Hands the message to the real server, then the host stops before the client returns: the run never records that it went.</summary>
    private sealed class SendsThenStops(IMailSender inner, CancellationTokenSource stopping) : IMailSender
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            await inner.SendAsync(message, cancellationToken);
            await stopping.CancelAsync();
            throw new OperationCanceledException(stopping.Token);
        }
    }
}
