using System.Text.Json;
using Bogus;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Host.DemoData;

/// <summary>
/// Fills an empty local database with a synthetic eighteen months to yesterday — partner feedback, complaints through
/// their stages, compliments, cohort populations, this month's children-in-care survey and its answers, some confirmed themes and the collations of every half-year that has
/// ended — so reports, extracts and a collation PDF have something to show. Everything goes through the API, so it
/// is as valid as real data; the same seed gives the same data on the same day.
/// </summary>
/// <param name="api">The API, as staff, partners and respondents.</param>
/// <param name="deliverEvents">Delivers every module's outbox now.</param>
/// <param name="clock">What "yesterday" is.</param>
/// <param name="size">How much to make.</param>
/// <param name="runCollation">
/// Runs a requested half-year's collation job where the host runs no Hangfire server (a test); without it the seeder
/// waits for the host's server to run it.
/// </param>
internal sealed class DemoSeeder(DemoApi api, Func<CancellationToken, Task> deliverEvents, TimeProvider clock, DemoSize size, Func<string, CancellationToken, Task>? runCollation = null)
{
    /// <summary>The first demo provider: its presence means the database has been seeded already.</summary>
    public const string FirstProvider = "Riverside CAMHS (demo)";

    private const string Administrator = "Administrator";
    private const string ComplaintsOfficer = "ComplaintsOfficer";
    private const string ParticipationOfficer = "ParticipationOfficer";

    private static readonly (string Name, string Kind, string ServiceArea)[] Providers =
    [
        (FirstProvider, "camhs", "camhs"),
        ("Northgate Fostering Partnership (demo)", "voluntary-sector", "fostering"),
        ("Brook Advocacy (demo)", "advocacy", "commissioned-advocacy"),
        ("Hillside Academy Trust (demo)", "school", "schools"),
        ("Children in care app (demo)", "case-management", "children-in-care"),
    ];

    private static readonly string[] CouncilServiceAreas = ["children-in-care", "child-protection", "fostering", "leaving-care", "send", "early-help", "assessment"];
    private static readonly string[] Cohorts = ["looked-after-children", "care-leavers", "child-protection-plan", "children-in-need", "send", "youth-justice", "young-carers", "early-help"];

    /// <summary>Each cohort's population on 31 March, in proportions like a mid-sized English council's.</summary>
    private static readonly int[] Populations = [420, 310, 260, 1900, 2400, 90, 350, 1500];

    private readonly Faker faker = new("en_GB") { Random = new Randomizer(2026) };

    public async Task<DemoSummary?> SeedAsync(CancellationToken cancellationToken)
    {
        if (await AlreadySeededAsync())
        {
            return null;
        }

        var yesterday = UkDates.Today(clock).AddDays(-1);
        var from = new DateOnly(yesterday.Year, yesterday.Month, 1).AddMonths(-17);

        await KeepMatchTermsAsync();
        var keys = await CreatePartnersAsync();
        var totals = new DemoSummary();
        for (var month = from; month <= yesterday; month = month.AddMonths(1))
        {
            totals = totals with
            {
                Feedback = totals.Feedback + await PostFeedbackAsync(keys, month, yesterday),
                Complaints = totals.Complaints + await LogComplaintsAsync(month, yesterday),
                Compliments = totals.Compliments + await RecordComplimentsAsync(month, yesterday),
            };
        }

        await RecordPopulationsAsync(from, yesterday);
        totals = totals with { SurveyAnswers = await AnswerAnnualSurveyAsync(yesterday) };
        await deliverEvents(cancellationToken);
        return totals with
        {
            ConfirmedThemes = await ConfirmThemesAsync(),
            Collations = await CollateAsync(from, yesterday, cancellationToken),
        };
    }

    private async Task<bool> AlreadySeededAsync()
    {
        string? cursor = null;
        do
        {
            var page = (await api.AsStaff(Administrator, HttpMethod.Get, $"/api/v1/providers?includeDeactivated=true&pageSize=100{(cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}")}")).Body;
            if (page.GetProperty("items").EnumerateArray().Any(provider => provider.GetProperty("name").GetString() == FirstProvider))
            {
                return true;
            }

            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);

        return false;
    }

    /// <summary>Gives each seeded sub-theme that has none the words that suggest it, as an administrator would.</summary>
    private async Task KeepMatchTermsAsync()
    {
        var themes = (await api.AsStaff(Administrator, HttpMethod.Get, "/api/v1/reference-data/themes?pageSize=200")).Body.GetProperty("items").EnumerateArray()
            .ToDictionary(theme => theme.GetProperty("code").GetString()!, theme => theme.GetProperty("id").GetGuid());
        foreach (var theme in DemoVoices.Themes.Where(theme => themes.ContainsKey(theme.Code)))
        {
            var path = $"/api/v1/reference-data/themes/{themes[theme.Code]}/match-terms";
            var current = await api.AsStaff(Administrator, HttpMethod.Get, path);
            if (current.Body.GetProperty("terms").GetArrayLength() == 0)
            {
                await api.AsStaff(Administrator, HttpMethod.Put, path, new { terms = theme.MatchTerms }, current.ETag);
            }
        }
    }

    private async Task<List<(string Key, string Code, string ServiceArea)>> CreatePartnersAsync()
    {
        var keys = new List<(string, string, string)>();
        foreach (var (name, kind, serviceArea) in Providers)
        {
            var provider = await api.AsStaff(Administrator, HttpMethod.Post, "/api/v1/providers", new
            {
                name, kind, contractStart = "2024-04-01", contactName = faker.Name.FullName(), contactEmail = faker.Internet.Email(provider: "example.org"), serviceAreas = new[] { serviceArea },
            });
            var key = await api.AsStaff(Administrator, HttpMethod.Post, $"/api/v1/providers/{provider.Body.GetProperty("id").GetGuid()}/api-keys", new { scopes = new[] { "feedback:write" } });
            keys.Add((key.Body.GetProperty("key").GetString()!, kind, serviceArea));
        }

        return keys;
    }

    private async Task<int> PostFeedbackAsync(List<(string Key, string Code, string ServiceArea)> partners, DateOnly month, DateOnly yesterday)
    {
        var posted = 0;
        foreach (var (key, code, serviceArea) in partners)
        {
            var items = Enumerable.Range(1, Jitter(size.FeedbackPerProviderMonth))
                .Select(number => FeedbackItem($"{code}-{month:yyyyMM}-{number}", DayIn(month, yesterday), serviceArea))
                .ToList();
            await api.AsPartner(key, "/api/v1/partner/feedback/batch", new { items }, $"demo-{code}-{month:yyyyMM}");
            posted += items.Count;
        }

        return posted;
    }

    private object FeedbackItem(string externalId, DateOnly receivedOn, string serviceArea)
    {
        var theme = Pick(DemoVoices.Themes);
        var comment = faker.PickRandom(theme.Comments);
        // Some say who to thank or how to reach them: the redaction at source is what keeps that out of quotes.
        if (faker.Random.Bool(0.1f))
        {
            comment += $". Ask {faker.Name.FirstName()} on 07700 900{faker.Random.Number(100, 999)}";
        }

        return new
        {
            externalId,
            receivedOn,
            audience = faker.Random.WeightedRandom(["child-or-young-person", "parent", "foster-carer", "care-leaver"], [0.6f, 0.25f, 0.1f, 0.05f]),
            cohorts = faker.Random.ListItems(Cohorts, faker.Random.Number(0, 2)),
            serviceArea,
            channel = faker.PickRandom("app", "online-form", "paper-form", "face-to-face"),
            rating = faker.Random.WeightedRandom([1, 2, 3, 4, 5], [0.08f, 0.12f, 0.25f, 0.35f, 0.2f]),
            comment,
            // Half come tagged by the partner; the rest are left to the taxonomy's suggestions.
            themes = faker.Random.Bool() ? new[] { theme.Code } : null,
            consentToQuote = faker.Random.Bool(0.4f),
        };
    }

    private async Task<int> LogComplaintsAsync(DateOnly month, DateOnly yesterday)
    {
        var count = Jitter(size.ComplaintsPerMonth);
        for (var number = 0; number < count; number++)
        {
            await LogComplaintAsync(DayIn(month, yesterday), yesterday);
        }

        return count;
    }

    /// <summary>A complaint taken as far through its stages as its dates allow by yesterday.</summary>
    private async Task LogComplaintAsync(DateOnly receivedOn, DateOnly yesterday)
    {
        var theme = Pick(DemoVoices.Themes);
        var complainant = faker.Random.WeightedRandom(["parent", "child-or-young-person", "foster-carer", "care-leaver", "advocate"], [0.45f, 0.25f, 0.1f, 0.1f, 0.1f]);
        var forChild = complainant == "advocate";
        var complaint = await api.AsStaff(ComplaintsOfficer, HttpMethod.Post, "/api/v1/complaints", new
        {
            receivedOn,
            channel = faker.PickRandom("online-form", "email", "telephone", "letter"),
            complainantKind = complainant,
            childCaseReference = complainant is "foster-carer" ? null : $"DEMO-{faker.Random.Number(1000, 9999)}",
            onBehalfOfChild = forChild,
            childAgrees = forChild ? true : (bool?)null,
            serviceArea = faker.PickRandom(CouncilServiceAreas),
            category = theme.Category,
            summary = theme.ComplaintSummary,
            points = theme.ComplaintPoints,
        });
        var path = $"/api/v1/complaints/{complaint.Body.GetProperty("id").GetGuid()}";
        var version = complaint.ETag;
        async Task StepAsync(string step, object body) => version = (await api.AsStaff(ComplaintsOfficer, HttpMethod.Post, $"{path}/{step}", body, version)).ETag;

        await StepAsync("themes", new { themes = new[] { theme.Code } });
        var offeredOn = receivedOn.AddDays(1);
        if (complainant == "child-or-young-person" && offeredOn <= yesterday)
        {
            await StepAsync("advocacy-offers", new { offeredOn, answer = faker.PickRandom("accepted", "declined") });
        }

        var respondedOn = receivedOn.AddDays(faker.Random.Number(8, 25));
        if (respondedOn > yesterday)
        {
            return;
        }

        await StepAsync("responses", Response(theme, respondedOn));
        var requestedOn = respondedOn.AddDays(faker.Random.Number(3, 15));
        if (!faker.Random.Bool(0.12f) || requestedOn > yesterday)
        {
            return;
        }

        await StepAsync("escalations", new { requestedOn, investigatingOfficer = faker.Name.FullName(), independentPerson = faker.Name.FullName() });
        var stage2RespondedOn = requestedOn.AddDays(faker.Random.Number(30, 60));
        if (stage2RespondedOn <= yesterday)
        {
            await StepAsync("responses", Response(theme, stage2RespondedOn));
        }
    }

    private object Response(DemoTheme theme, DateOnly respondedOn) => new
    {
        respondedOn,
        findings = theme.ComplaintPoints.Select((_, index) => new
        {
            point = index + 1,
            finding = faker.Random.WeightedRandom(["upheld", "partly-upheld", "not-upheld"], [0.3f, 0.3f, 0.4f]),
        }),
        remedy = "An apology, and the team's practice reviewed with the young person's views in mind",
    };

    private async Task<int> RecordComplimentsAsync(DateOnly month, DateOnly yesterday)
    {
        var count = Jitter(size.ComplimentsPerMonth);
        for (var number = 0; number < count; number++)
        {
            await api.AsStaff(ComplaintsOfficer, HttpMethod.Post, "/api/v1/compliments", new
            {
                receivedOn = DayIn(month, yesterday),
                audience = faker.PickRandom("parent", "child-or-young-person", "foster-carer", "care-leaver"),
                channel = faker.PickRandom("email", "letter", "online-form"),
                serviceArea = faker.PickRandom(CouncilServiceAreas),
                summary = Pick(DemoVoices.Compliments),
            });
        }

        return count;
    }

    /// <summary>This month's anonymous survey of children in care, answered through the single-use links it was sent with.</summary>
    private async Task<int> AnswerAnnualSurveyAsync(DateOnly yesterday)
    {
        var survey = await api.AsStaff(ParticipationOfficer, HttpMethod.Post, "/api/v1/surveys", new
        {
            title = "Your life in care (demo)",
            purpose = "annual",
            audiences = new[] { "child-or-young-person" },
            serviceAreas = new[] { "children-in-care" },
            anonymous = true,
            opensOn = yesterday.AddDays(-30),
            closesOn = yesterday.AddDays(30),
            questions = new object[]
            {
                new { kind = "rating-scale", text = "How happy are you where you live?", required = true, scale = new[] { ("Very unhappy", "face-very-sad"), ("Unhappy", "face-sad"), ("OK", "face-neutral"), ("Happy", "face-happy"), ("Very happy", "face-very-happy") }.Select((point, index) => new { value = index + 1, label = point.Item1, iconKey = point.Item2 }) },
                new { kind = "yes-partly-no", text = "Do you feel listened to by your social worker?", required = true },
                new { kind = "single-choice", text = "How often do you see your family?", required = false, options = new[] { new { code = "weekly", label = "Every week" }, new { code = "monthly", label = "Every month" }, new { code = "rarely", label = "Hardly ever" } } },
                new { kind = "free-text", text = "What would make things better?", required = false, maxLength = 500 },
            },
        });
        var path = $"/api/v1/surveys/{survey.Body.GetProperty("id").GetGuid()}";
        await api.AsStaff(ParticipationOfficer, HttpMethod.Post, $"{path}/publications", ifMatch: survey.ETag);
        var links = (await api.AsStaff(ParticipationOfficer, HttpMethod.Post, $"{path}/invitations", new { kind = "single-use", recipients = Enumerable.Range(0, size.SurveyAnswers).Select(_ => new { }) }))
            .Body.GetProperty("items").EnumerateArray().Select(link => $"/api/v1/respond/{link.GetProperty("token").GetString()}");
        foreach (var link in links)
        {
            var answers = new List<object>
            {
                new { question = 1, value = faker.Random.WeightedRandom(["1", "2", "3", "4", "5"], [0.05f, 0.1f, 0.25f, 0.35f, 0.25f]) },
                new { question = 2, value = faker.Random.WeightedRandom(["yes", "partly", "no"], [0.55f, 0.3f, 0.15f]) },
                new { question = 3, value = faker.PickRandom("weekly", "monthly", "rarely") },
            };
            if (faker.Random.Bool(0.4f))
            {
                answers.Add(new { question = 4, value = faker.PickRandom(Pick(DemoVoices.Themes).Comments) });
            }

            await api.AsRespondent(link, new { version = 1, answers, channel = faker.PickRandom("app", "online-form") });
        }

        return size.SurveyAnswers;
    }

    /// <summary>Each cohort's population on the 31 March before each financial year the demo touches.</summary>
    private async Task RecordPopulationsAsync(DateOnly from, DateOnly yesterday)
    {
        for (var year = FinancialYear(from); year <= FinancialYear(yesterday); year++)
        {
            for (var cohort = 0; cohort < Cohorts.Length; cohort++)
            {
                await api.AsStaff(Administrator, HttpMethod.Put, $"/api/v1/reports/populations/{year}", new
                {
                    cohort = Cohorts[cohort], count = Populations[cohort] + faker.Random.Number(-20, 20), asAt = new DateOnly(year, 3, 31),
                });
            }
        }
    }

    /// <summary>A participation officer works through the start of the review queue, confirming what was suggested.</summary>
    private async Task<int> ConfirmThemesAsync()
    {
        var queue = (await api.AsStaff(ParticipationOfficer, HttpMethod.Get, $"/api/v1/reports/voices/to-review?pageSize={size.Confirmations}")).Body.GetProperty("items");
        var confirmed = 0;
        foreach (var voice in queue.EnumerateArray().Where(voice => voice.GetProperty("themes").GetArrayLength() > 0))
        {
            var path = $"/api/v1/reports/voices/{voice.GetProperty("id").GetGuid()}";
            var current = await api.AsStaff(ParticipationOfficer, HttpMethod.Get, path);
            await api.AsStaff(ParticipationOfficer, HttpMethod.Put, $"{path}/themes", new { themes = voice.GetProperty("themes") }, current.ETag);
            confirmed++;
        }

        return confirmed;
    }

    /// <summary>Asks for every half-year that has ended since <paramref name="from"/> and waits for the job to store each.</summary>
    private async Task<List<string>> CollateAsync(DateOnly from, DateOnly yesterday, CancellationToken cancellationToken)
    {
        var halves = new List<string>();
        for (var start = new DateOnly(from.Year, from.Month <= 6 ? 1 : 7, 1); start.AddMonths(6) <= yesterday.AddDays(1); start = start.AddMonths(6))
        {
            var label = $"{start.Year}-H{(start.Month == 1 ? 1 : 2)}";
            await api.AsStaff(Administrator, HttpMethod.Post, "/api/v1/reports/theme-collations", new { halfYear = label });
            halves.Add(label);
        }

        foreach (var label in halves)
        {
            if (runCollation is not null)
            {
                await runCollation(label, cancellationToken);
                continue;
            }

            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(TimeSpan.FromMinutes(2));
            while (!await api.ExistsAsStaff(ParticipationOfficer, $"/api/v1/reports/theme-collations/half-years/{label}"))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), patience.Token);
            }
        }

        return halves;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[faker.Random.Number(items.Count - 1)];

    private int Jitter(int average) => average == 0 ? 0 : Math.Max(1, average + faker.Random.Number(-average / 4, average / 4));

    private DateOnly DayIn(DateOnly month, DateOnly yesterday) =>
        month.AddDays(faker.Random.Number(0, Math.Min(month.AddMonths(1).DayNumber, yesterday.DayNumber + 1) - month.DayNumber - 1));

    private static int FinancialYear(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;
}

/// <summary>How much the demo holds: per month, per provider for feedback; the first queue page confirmed.</summary>
internal sealed record DemoSize(int FeedbackPerProviderMonth, int ComplaintsPerMonth, int ComplimentsPerMonth, int Confirmations, int SurveyAnswers)
{
    /// <summary>About 3,000 feedback items, 200 complaints, 150 compliments and 120 survey answers: a mid-sized council's eighteen months.</summary>
    public static DemoSize Council { get; } = new(35, 12, 8, 150, 120);
}

/// <summary>What was seeded.</summary>
internal sealed record DemoSummary(int Feedback = 0, int Complaints = 0, int Compliments = 0, int SurveyAnswers = 0, int ConfirmedThemes = 0, IReadOnlyList<string>? Collations = null);
