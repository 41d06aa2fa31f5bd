using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>
/// The access specification, operation by operation, checked against every operation the host serves: an
/// operation missing here fails the test until someone decides who may call it. Admitted callers must get past
/// authorisation; everyone else gets 401 (unauthenticated, or the wrong kind of credential) or 403 (a staff role or
/// partner scope the operation does not admit).
/// </summary>
public sealed partial class RoleMatrixTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] AnyStaff = [.. Roles.All];
    private static readonly string[] Administrators = [Roles.Administrator];
    private static readonly string[] ComplaintsStaff = [Roles.ComplaintsOfficer, Roles.Manager];
    private static readonly string[] ComplaintsReaders = [Roles.ComplaintsOfficer, Roles.Manager, Roles.Analyst];
    private static readonly string[] ParticipationOfficers = [Roles.ParticipationOfficer];
    private static readonly string[] Extractors = [Roles.Analyst, Roles.Manager, Roles.Administrator];
    private static readonly string[] ReportReaders = [Roles.ParticipationOfficer, Roles.Analyst, Roles.Manager, Roles.Administrator];
    private static readonly string[] SurveyDesigners = [Roles.ParticipationOfficer, Roles.Administrator];
    private static readonly string[] ForumReaders = [Roles.ParticipationOfficer, Roles.Manager];
    private static readonly string[] ForumReporters = [Roles.ParticipationOfficer, Roles.Manager, Roles.Analyst];
    private static readonly string[] ReviewRecorders = [Roles.ParticipationOfficer, Roles.ReviewingOfficer];
    private static readonly string[] ReviewReaders = [Roles.ParticipationOfficer, Roles.ReviewingOfficer, Roles.Manager];
    private static readonly string[] ReviewReporters = [Roles.ParticipationOfficer, Roles.ReviewingOfficer, Roles.Manager, Roles.Analyst];

    /// <summary>Staff operations: the roles admitted.</summary>
    private static readonly Dictionary<string, string[]> StaffOperations = new()
    {
        ["GetDueDate"] = AnyStaff,
        ["ListSurveys"] = ReportReaders,
        ["GetSurvey"] = ReportReaders,
        ["GetSurveyVersion"] = ReportReaders,
        ["GetSurveyResults"] = ReportReaders,
        ["DesignSurvey"] = SurveyDesigners,
        ["IssueInvitations"] = SurveyDesigners,
        ["EnterAnswers"] = SurveyDesigners,
        ["RevokeInvitation"] = SurveyDesigners,
        ["ReviseSurvey"] = SurveyDesigners,
        ["PublishSurvey"] = SurveyDesigners,
        ["ListTriggerRules"] = ReportReaders,
        ["AddTriggerRule"] = SurveyDesigners,
        ["RemoveTriggerRule"] = SurveyDesigners,
        ["GetBankHolidays"] = AnyStaff,
        ["ListAudiences"] = AnyStaff,
        ["ListPriorityCohorts"] = AnyStaff,
        ["ListChannels"] = AnyStaff,
        ["ListServiceAreas"] = AnyStaff,
        ["GetServiceArea"] = AnyStaff,
        ["ListThemes"] = AnyStaff,
        ["GetTheme"] = AnyStaff,
        ["ListProviders"] = AnyStaff,
        ["GetProvider"] = AnyStaff,
        ["CreateServiceArea"] = Administrators,
        ["RenameServiceArea"] = Administrators,
        ["RetireServiceArea"] = Administrators,
        ["CreateTheme"] = Administrators,
        ["RenameTheme"] = Administrators,
        ["RetireTheme"] = Administrators,
        ["CreateProvider"] = Administrators,
        ["UpdateProvider"] = Administrators,
        ["DeactivateProvider"] = Administrators,
        ["ListApiKeys"] = Administrators,
        ["IssueApiKey"] = Administrators,
        ["RevokeApiKey"] = Administrators,
        ["ListAuditEvents"] = Administrators,
        ["LogComplaint"] = ComplaintsStaff,
        ["ListComplaints"] = ComplaintsStaff,
        ["GetComplaint"] = ComplaintsStaff,
        ["RecordAdvocacyOffer"] = ComplaintsStaff,
        ["EscalateToStage2"] = ComplaintsStaff,
        ["RequestReviewPanel"] = ComplaintsStaff,
        ["RecordPanelMeeting"] = ComplaintsStaff,
        ["RecordPanelReport"] = ComplaintsStaff,
        ["AcknowledgeStage2"] = ComplaintsStaff,
        ["RespondToReviewPanel"] = ComplaintsStaff,
        ["WithdrawComplaint"] = ComplaintsStaff,
        ["CloseComplaint"] = ComplaintsStaff,
        ["ReferToOmbudsman"] = ComplaintsStaff,
        ["RecordOmbudsmanEnquiry"] = ComplaintsStaff,
        ["RecordOmbudsmanDecision"] = ComplaintsStaff,
        ["RecordOmbudsmanRemedyCompleted"] = ComplaintsStaff,
        ["TagComplaintThemes"] = ComplaintsStaff,
        ["RecordLesson"] = ComplaintsStaff,
        ["CompleteAction"] = ComplaintsStaff,
        ["RecordCompliment"] = ComplaintsStaff,
        ["GetCompliment"] = ComplaintsStaff,
        ["ListCompliments"] = ComplaintsStaff,
        ["GetQuarterlyComplaintsReport"] = ComplaintsReaders,
        ["GetAnnualComplaintsReport"] = ComplaintsReaders,
        ["ExtendStage"] = ComplaintsStaff,
        ["RespondToStage"] = ComplaintsStaff,
        ["ExtractVoices"] = Extractors,
        ["ListThemeCollations"] = ReportReaders,
        ["GetQuarterlyOutcomesReport"] = ReportReaders,
        ["GetReachReport"] = ReportReaders,
        ["RecordCohortPopulation"] = Administrators,
        ["GetThemeCollation"] = ReportReaders,
        ["GetThemeCollationForHalfYear"] = ReportReaders,
        ["RequestThemeCollation"] = Administrators,
        ["ListVoicesToReview"] = ParticipationOfficers,
        ["GetThemeMatchTerms"] = AnyStaff,
        ["SetThemeMatchTerms"] = Administrators,
        ["GetVoice"] = ParticipationOfficers,
        ["ConfirmVoiceThemes"] = ParticipationOfficers,
        ["RecordCaseClosure"] = SurveyDesigners,
        ["ListCaseClosures"] = SurveyDesigners,
        ["GetCaseClosure"] = SurveyDesigners,
        ["OptOutCaseClosure"] = SurveyDesigners,
        ["CheckCaseClosureLetter"] = SurveyDesigners,
        ["GetClosedCaseCallList"] = SurveyDesigners,
        ["RecordClosedCaseCall"] = SurveyDesigners,
        ["RecordClosedCaseFeedback"] = SurveyDesigners,
        ["GetClosedCasePrintBatch"] = SurveyDesigners,
        ["MarkClosedCasePrintBatchPrinted"] = SurveyDesigners,
        ["GetClosedCaseQuarterlyReport"] = ReportReaders,
        ["ListForums"] = ForumReaders,
        ["GetForum"] = ForumReaders,
        ["CreateForum"] = ParticipationOfficers,
        ["UpdateForum"] = ParticipationOfficers,
        ["CloseForum"] = ParticipationOfficers,
        ["GetInvolvementReport"] = ForumReporters,
        ["ListForumMembers"] = ForumReaders,
        ["GetForumMember"] = ForumReaders,
        ["AddForumMember"] = ParticipationOfficers,
        ["UpdateForumMember"] = ParticipationOfficers,
        ["RecordMemberLeaving"] = ParticipationOfficers,
        ["ListForumMeetings"] = ForumReaders,
        ["GetForumMeeting"] = ForumReaders,
        ["RecordForumMeeting"] = ParticipationOfficers,
        ["CorrectForumMeeting"] = ParticipationOfficers,
        ["ListForumItems"] = ForumReaders,
        ["GetForumItem"] = ForumReaders,
        ["RaiseForumItem"] = ParticipationOfficers,
        ["AddForumItemAction"] = ParticipationOfficers,
        ["UpdateForumItemAction"] = ParticipationOfficers,
        ["RespondToForumItem"] = ParticipationOfficers,
        ["ReportForumItemBack"] = ParticipationOfficers,
        ["PublishForumItem"] = ParticipationOfficers,
        ["WithdrawForumItem"] = ParticipationOfficers,
        ["ListInvolvementActivities"] = ForumReaders,
        ["GetInvolvementActivity"] = ForumReaders,
        ["RecordInvolvementActivity"] = ParticipationOfficers,
        ["CorrectInvolvementActivity"] = ParticipationOfficers,
        ["ListPlanActions"] = ForumReaders,
        ["GetPlanAction"] = ForumReaders,
        ["AddPlanAction"] = ParticipationOfficers,
        ["UpdatePlanAction"] = ParticipationOfficers,
        ["ListReviews"] = ReviewReaders,
        ["GetReview"] = ReviewReaders,
        ["RecordReview"] = ReviewRecorders,
        ["CorrectReview"] = ReviewRecorders,
        ["GetQuarterlyReviewsReport"] = ReviewReporters,
        ["GetAnnualReviewsReport"] = ReviewReporters,
        ["GetSsda903ReviewsExtract"] = [Roles.Analyst, Roles.Manager],
        ["ListProviderReturns"] = [Roles.ParticipationOfficer, Roles.Manager],
        ["GetProviderReturn"] = [Roles.ParticipationOfficer, Roles.Manager],
        ["OpenProviderReturn"] = ParticipationOfficers,
        ["SubmitProviderReturn"] = ParticipationOfficers,
        ["ReviewProviderReturn"] = [Roles.Manager],
        ["GetReturnsReport"] = [Roles.ParticipationOfficer, Roles.Manager, Roles.Analyst],
        ["ListJobs"] = Administrators,
        ["RunJob"] = Administrators,
        ["GetJobRun"] = Administrators,
    };

    /// <summary>Public operations: anyone may call them, and only respondents' and public routes may be public.</summary>
    private static readonly HashSet<string> PublicOperations = ["GetQuestionnaireToAnswer", "SubmitAnswers", "GetOptOut", "OptOut", "ListYouSaidWeDid"];

    /// <summary>Partner operations: the key scope needed (null: any valid key).</summary>
    private static readonly Dictionary<string, string?> PartnerOperations = new()
    {
        ["GetPartnerIdentity"] = null,
        ["PostPartnerFeedback"] = "feedback:write",
        ["PostPartnerFeedbackBatch"] = "feedback:write",
        ["GetPartnerFeedback"] = "feedback:read",
        ["ListPartnerFeedback"] = "feedback:read",
        ["PostSurveyTrigger"] = "surveys:trigger",
        ["PostCaseClosure"] = "case-closures:write",
        ["PostCaseClosureBatch"] = "case-closures:write",
        ["GetPartnerCaseClosure"] = "case-closures:write",
        ["OptOutPartnerCaseClosure"] = "case-closures:write",
        ["PutPartnerReview"] = "reviews:write",
        ["GetPartnerReview"] = "reviews:write",
        ["ListPartnerReturns"] = "returns:write",
        ["GetPartnerReturn"] = "returns:write",
        ["SubmitPartnerReturn"] = "returns:write",
    };

    [Fact]
    public async Task Every_operation_admits_exactly_the_callers_the_specification_names()
    {
        var provider = await api.Factory.CreateProvider("Matrix partner");
        var keys = new Dictionary<string, string>
        {
            ["feedback:write"] = (await api.Factory.IssueKey(provider, "feedback:write")).Key,
            ["feedback:read"] = (await api.Factory.IssueKey(provider, "feedback:read")).Key,
            // A provider holds at most two active keys, so the third scope's key is another partner's.
            ["surveys:trigger"] = (await api.Factory.IssueKey(await api.Factory.CreateProvider("Matrix case system"), "surveys:trigger")).Key,
            ["case-closures:write"] = (await api.Factory.IssueKey(await api.Factory.CreateProvider("Matrix case closures"), "case-closures:write")).Key,
            ["reviews:write"] = (await api.Factory.IssueKey(await api.Factory.CreateProvider("Matrix reviews"), "reviews:write")).Key,
            ["returns:write"] = (await api.Factory.IssueKey(await api.Factory.CreateProvider("Matrix returns"), "returns:write")).Key,
        };
        var document = JsonNode.Parse(await api.Factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
        var failures = new List<string>();

        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var url = PathParameter().Replace(path, match => ExampleValue(operation!, match.Value.Trim('{', '}')));
                var id = operation!["operationId"]!.GetValue<string>();
                if (PublicOperations.Contains(id))
                {
                    if (!path.StartsWith("/api/v1/respond/", StringComparison.Ordinal) && !path.StartsWith("/api/v1/public/", StringComparison.Ordinal))
                    {
                        failures.Add($"{id} ({path}) is public but not under /api/v1/respond/ or /api/v1/public/");
                    }

                    await Check(failures, id, method, url, "anonymous", api.Factory.CreateClient(), admitted: true);
                    continue;
                }

                await Check(failures, id, method, url, "anonymous", api.Factory.CreateClient(), admitted: false);
                if (StaffOperations.TryGetValue(id, out var roles))
                {
                    foreach (var role in Roles.All)
                    {
                        await Check(failures, id, method, url, role, api.Factory.Client(role), roles.Contains(role));
                    }

                    await Check(failures, id, method, url, "a partner key", api.Factory.PartnerClient(keys["feedback:write"]), admitted: false, refusal: HttpStatusCode.Unauthorized);
                }
                else if (PartnerOperations.TryGetValue(id, out var scope))
                {
                    foreach (var (keyScope, key) in keys)
                    {
                        await Check(failures, id, method, url, $"a {keyScope} key", api.Factory.PartnerClient(key), scope is null || scope == keyScope);
                    }

                    await Check(failures, id, method, url, "a staff token", api.Factory.Client(Roles.Administrator), admitted: false, refusal: HttpStatusCode.Unauthorized);
                }
                else
                {
                    failures.Add($"{id} is not in the access specification: decide who may call it and add it here");
                }
            }
        }

        Assert.Empty(failures);
    }

    private static async Task Check(List<string> failures, string operation, string method, string url, string caller, HttpClient client, bool admitted, HttpStatusCode? refusal = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url)
        {
            Content = method is "post" or "put" ? JsonContent.Create(new { }) : null,
        };
        using var response = await client.SendAsync(request);
        var status = response.StatusCode;
        if (status == HttpStatusCode.Unauthorized && response.Headers.WwwAuthenticate.Count == 0)
        {
            failures.Add($"{operation} ({method.ToUpperInvariant()} {url}) as {caller}: 401 without WWW-Authenticate (RFC 9110, section 11.6.1)");
        }

        var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
        var expectedRefusal = refusal ?? (caller == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden);
        if (admitted ? refused : status != expectedRefusal)
        {
            failures.Add($"{operation} ({method.ToUpperInvariant()} {url}) as {caller}: {(admitted ? "admitted, but got" : $"expected {(int)expectedRefusal}, got")} {(int)status}");
        }
    }

    /// <summary>A value of the path parameter's declared type, so the route matches and authorisation is what answers.</summary>
    private static string ExampleValue(JsonNode operation, string parameter) =>
        operation["parameters"]?.AsArray().FirstOrDefault(candidate => candidate?["name"]?.GetValue<string>() == parameter)?["schema"]?["type"]?.GetValue<string>() == "integer"
            ? "1"
            : Guid.NewGuid().ToString();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
