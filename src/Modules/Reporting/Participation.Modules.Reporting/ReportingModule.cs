using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Forums.Contracts;
using Participation.Modules.Reporting.Collations;
using Participation.Modules.Reporting.Collations.Collate;
using Participation.Modules.Reporting.Endpoints;
using Participation.Modules.Reporting.Persistence;
using Participation.Modules.Reporting.Quarterly;
using Participation.Modules.Reporting.Voices.Sources;
using Participation.Modules.Reviews.Contracts;
using Participation.Modules.Surveys.Contracts;

namespace Participation.Modules.Reporting;

/// <summary>
/// Every voice from every source in one de-identified read model, and the reports and extracts read from it
/// (docs/domain/reporting.md). It listens: each source module's integration events arrive through its outbox and this
/// module's inbox; it asks ReferenceData only for the themes' names. Adding a source is a handler in
/// <c>Voices/Sources</c> and its registration here.
/// </summary>
internal sealed class ReportingModule() : Module<ReportingDbContext>("Reporting", ReportingDbContext.SchemaName, "ReferenceData")
{
    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapReports();

    /// <inheritdoc />
    public override void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options) =>
        jobs.AddOrUpdate<CollateThemesJob>(CollateThemesJob.Id, job => job.RunAsync(CancellationToken.None), CollateThemesJob.Schedule, options);

    /// <summary>Collations are kept as produced: the application may add one, never change it.</summary>
    protected override IReadOnlyCollection<string> AppendOnlyTables => ["theme_collations"];

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ThemeCollationStore>();
        services.AddScoped<CollateThemesJob>();
        services.AddIntegrationEventHandler<FeedbackReceived, PartnerFeedbackVoices>();
        services.AddIntegrationEventHandler<ComplaintReceived, ComplaintVoices>();
        services.AddIntegrationEventHandler<ComplaintStageResponded, ComplaintVoices>();
        services.AddIntegrationEventHandler<ComplaintThemesTagged, ComplaintVoices>();
        services.AddIntegrationEventHandler<ComplimentReceived, ComplimentVoices>();
        services.AddIntegrationEventHandler<SurveyResponseSubmitted, SurveyVoices>();
        services.AddIntegrationEventHandler<ForumItemRaised, ForumVoices>();
        services.AddIntegrationEventHandler<ForumItemAnswered, ForumVoices>();
        services.AddIntegrationEventHandler<ReviewParticipationRecorded, ReviewVoices>();
        services.AddIntegrationEventHandler<ProviderReturnAccepted, ProviderReturnYouSaidWeDid>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReportEndpoints.ExtractPolicy, policy => policy.RequireRole(Roles.Analyst, Roles.Manager, Roles.Administrator))
            .AddPolicy(ReportEndpoints.ReviewPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer))
            .AddPolicy(ReportEndpoints.ReadPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Analyst, Roles.Manager, Roles.Administrator));
    }
}
