using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>
/// The contract checked both ways over records that exist: the demo data, and a record of every kind a published
/// creation example makes (forums, their members and meetings, reviews, action plans, activities). Every documented
/// read answers in the documented shape, and every operation refuses malformed input as documented.
/// </summary>
public sealed class SeededContractTests(SeededContractTests.Fixture api) : IClassFixture<SeededContractTests.Fixture>
{
    [Fact]
    public async Task Every_read_of_the_seeded_data_answers_in_the_shape_the_contract_describes()
    {
        var (contract, callers) = (api.Contract, api.Callers);
        var schema = new ContractSchema(contract["components"]!["schemas"]!.AsObject());
        var records = new ExistingRecords(contract, callers);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var financialYear = (today.Month >= 4 ? today.Year : today.Year - 1).ToString(CultureInfo.InvariantCulture);
        var violations = new List<string>();
        var checkedReads = 0;

        foreach (var (path, item) in contract["paths"]!.AsObject())
        {
            if (item!["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"] is not { } documented
                || await records.RouteAsync(path) is not { } route)
            {
                continue;
            }

            var query = item["get"]!["parameters"]?.AsArray()
                .Where(parameter => (string?)parameter!["in"] == "query" && (bool?)parameter["required"] == true)
                .Select(parameter => $"{parameter!["name"]}={(string?)parameter["name"] switch { "year" => financialYear, "quarter" => "1", "period" => "h1", "from" => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), _ => "10" }}")
                .ToList() ?? [];
            var uri = query.Count == 0 ? route : $"{route}?{string.Join('&', query)}";
            var read = await records.ReadAsync(uri);
            if (read.Status != HttpStatusCode.OK)
            {
                violations.Add($"GET {uri}: {(int)read.Status}");
            }
            else if (read.Body is not null)
            {
                checkedReads++;
                violations.AddRange(schema.Violations(read.Body, documented, $"GET {path}").Take(5));
            }
        }

        Assert.True(checkedReads > 40, $"only {checkedReads} reads were checked");
        Assert.True(violations.Count == 0, $"{violations.Count} departures from the contract:\n{string.Join('\n', violations)}");
    }

    [Fact]
    public async Task Every_published_operation_refuses_malformed_input_on_records_that_exist_and_writes_nothing()
    {
        var (contract, callers) = (api.Contract, api.Callers);
        var records = new ExistingRecords(contract, callers);

        // What a refused request may leave: its audit entry, its draw on the partner's rate limit, the job store.
        string[] bookkeeping = ["audit", "hangfire", "partners.rate_limit_buckets"];
        var before = await api.Factory.TableDigestsAsync(bookkeeping);

        var (probes, findings) = await new ContractSweep(contract, callers) { Existing = records.TargetAsync }.RunAsync();

        var after = await api.Factory.TableDigestsAsync(bookkeeping);
        Assert.True(probes > 300, $"only {probes} probes were sent: the contract was not read as expected");
        Assert.True(findings.Count == 0, $"{findings.Count} of {probes} probes were not refused as the contract says:\n{string.Join('\n', findings)}");
        Assert.True(before.Count > 40, $"only {before.Count} tables were read");
        Assert.Empty(before.Where(table => after.GetValueOrDefault(table.Key) != table.Value).Select(table => table.Key));
    }

    public sealed class Fixture : DemoDataTests.Fixture
    {
        /// <summary>The served contract.</summary>
        public JsonNode Contract { get; private set; } = null!;

        /// <summary>Staff in every role, the first provider's system with a key of every scope.</summary>
        public Callers Callers { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Contract = JsonNode.Parse(await Factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
            var staff = Factory.Client([.. Roles.All]);
            var provider = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/providers")).GetProperty("items")[0].GetProperty("id").GetGuid();
            Callers = new Callers(staff, Factory.PartnerClient((await Factory.IssueKey(provider, [.. PartnerScopes.All])).Key), Factory.CreateClient());
            var schemas = new ContractSchema(Contract["components"]!["schemas"]!.AsObject());

            // Twice: a forum made in the first round is there for its members and meetings in the second. Examples that
            // name records or states that are not there (a meeting's id, an anonymous survey) are refused, which is
            // their business here; the records made are what the tests go on to read and probe.
            for (var round = 0; round < 2; round++)
            {
                var records = new ExistingRecords(Contract, Callers);
                foreach (var (path, item) in Contract["paths"]!.AsObject().OrderBy(path => path.Key.Count(character => character == '/')))
                {
                    if (item!["post"] is not { } operation || schemas.RequestExample(operation) is not { } example
                        || await records.TargetAsync(path) is not { } target)
                    {
                        continue;
                    }

                    using var request = new HttpRequestMessage(HttpMethod.Post, target.Route) { Content = new StringContent(example.ToJsonString(), Encoding.UTF8, "application/json") };
                    request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString());
                    if (target.Version is not null)
                    {
                        request.Headers.TryAddWithoutValidation("If-Match", target.Version);
                    }

                    using var response = await Callers.For(path).SendAsync(request);
                    Assert.True((int)response.StatusCode < 500, $"POST {target.Route} with its published example: {(int)response.StatusCode}");
                }
            }

            // The example's return is submitted by now; a later period left open, listed first, is where the sweep's
            // submissions meet validation rather than "already submitted".
            var opened = await staff.PostAsJsonAsync($"/api/v1/providers/{provider}/returns", new { year = 2027, period = "q1" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }
    }
}
