using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Surveys.Infrastructure.ClosedCases;

namespace Participation.IntegrationTests.Surveys;

/// <summary>Closures as the case-management system sends them, and the closed-case jobs run as Hangfire would.</summary>
public static class ClosedCaseScenarios
{
    public const string PartnerPath = "/api/v1/partner/case-closures";
    public const string StaffPath = "/api/v1/closed-cases";

    /// <summary>A case-management system's client, with the closures scope.</summary>
    public static async Task<HttpClient> CaseSystemAsync(this ParticipationApiFactory api, string name) =>
        api.PartnerClient((await api.IssueKey(await api.CreateProvider(name), "case-closures:write")).Key);

    /// <summary>Publishes the closed-case questionnaire parents answer for <paramref name="serviceAreas"/>; its id.</summary>
    public static Task<Guid> ClosedCaseSurveyAsync(this ParticipationApiFactory api, params string[] serviceAreas) =>
        api.ClosedCaseSurveyAsync(serviceAreas, variants: []);

    /// <summary>The closed-case questionnaire with <paramref name="variants"/> (worded as <see cref="SurveyScenarios.Welsh"/> is), anonymous or not.</summary>
    public static async Task<Guid> ClosedCaseSurveyAsync(this ParticipationApiFactory api, string[] serviceAreas, object[] variants, bool anonymous = false)
    {
        ArgumentNullException.ThrowIfNull(api);
        var officer = api.Client(Roles.ParticipationOfficer);
        var created = await officer.PostAsJsonAsync(SurveyScenarios.SurveysPath, new
        {
            title = "How did it go?",
            purpose = "closed-case",
            audiences = new[] { "parent" },
            serviceAreas,
            anonymous,
            opensOn = "2026-01-01",
            questions = new object[]
            {
                new
                {
                    kind = "rating-scale", text = "How well did we work with your family?", required = true,
                    scale = new[] { new { value = 1, label = "Badly", iconKey = "face-sad" }, new { value = 2, label = "Alright", iconKey = "face-neutral" }, new { value = 3, label = "Well", iconKey = "face-happy" } },
                },
                new { kind = "free-text", text = "Anything else?", required = false, maxLength = 500 },
            },
            variants,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(created.Headers.Location!.OriginalString, "publications")).StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A closure with a contact: emailed when <paramref name="email"/> is given, posted otherwise.</summary>
    public static object Closure(string closureId, string closedOn, string serviceArea, string addressee, string? email, string? phone = "01632 960001", string preferredLanguage = "en") => new
    {
        closureId,
        caseReference = $"CASE-{closureId}",
        closedOn,
        serviceArea,
        contact = new { addresseeName = addressee, postalAddress = "1 Example Street\nExampletown\nEX1 1AA", email, phone, preferredLanguage },
        doNotContact = false,
    };

    /// <summary>Posts a closure; the stored closure.</summary>
    public static async Task<JsonElement> PostClosureAsync(this HttpClient partner, object closure, HttpStatusCode expected = HttpStatusCode.Created)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var response = await partner.PostAsJsonAsync(PartnerPath, closure);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The closure as officers see it.</summary>
    public static async Task<JsonElement> ClosureAsync(this ParticipationApiFactory api, Guid id)
    {
        ArgumentNullException.ThrowIfNull(api);
        return await api.Client(Roles.ParticipationOfficer).GetFromJsonAsync<JsonElement>($"{StaffPath}/{id}");
    }

    /// <summary>Runs the daily letters job.</summary>
    public static async Task RunLettersJobAsync(this ParticipationApiFactory api, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        await api.Services.GetRequiredService<SendLettersJob>().RunAsync(cancellationToken);
    }

    /// <summary>The text of <paramref name="day"/>'s print batch as a reader would take it from the PDF, once every page has rendered.</summary>
    public static async Task<string> PrintBatchTextAsync(this ParticipationApiFactory api, string day)
    {
        ArgumentNullException.ThrowIfNull(api);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{StaffPath}/print-batches/{day}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        var response = await api.Client(Roles.ParticipationOfficer).SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var folder = Directory.CreateTempSubdirectory("print-batch-").FullName;
        var pdf = Path.Combine(folder, "batch.pdf");
        await File.WriteAllBytesAsync(pdf, await response.Content.ReadAsByteArrayAsync());
        await Poppler.RunAsync("pdftoppm", "-r", "40", "-png", pdf, Path.Combine(folder, "page"));
        Assert.NotEmpty(Directory.GetFiles(folder, "page*.png"));
        return await Poppler.RunAsync("pdftotext", pdf, "-");
    }

    /// <summary>The token of the link a letter carries, from the text of the email or PDF.</summary>
    public static string LinkToken(string letterText)
    {
        ArgumentNullException.ThrowIfNull(letterText);
        var start = letterText.IndexOf($"{ParticipationApiFactory.PublicBaseUrl}/respond/", StringComparison.Ordinal) + $"{ParticipationApiFactory.PublicBaseUrl}/respond/".Length;
        return letterText[start..].Split(' ', '\n', '\r')[0];
    }
}
