using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Triggers;
using Participation.Modules.Surveys.Infrastructure.Endpoints;
using Participation.Modules.Surveys.Infrastructure.Persistence;
using Participation.Modules.Surveys.Infrastructure.RespondentPage;

namespace Participation.Modules.Surveys.Infrastructure;

/// <summary>
/// Questionnaires participation officers design and publish as immutable versions (docs/domain/surveys.md). Service
/// areas are checked against ReferenceData.
/// </summary>
internal sealed class SurveysModule() : Module<SurveysDbContext>("Surveys", SurveysDbContext.SchemaName, "ReferenceData")
{
    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSurveys();
        endpoints.MapInvitations();
        endpoints.MapRespondents();
        endpoints.MapTriggers();
        endpoints.MapRespondentPage();
    }

    /// <inheritdoc />
    public override void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options) =>
        jobs.AddOrUpdate<PurgeExpiredAnswersJob>(PurgeExpiredAnswersJob.Id, job => job.RunAsync(CancellationToken.None), PurgeExpiredAnswersJob.Schedule, options);

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ISurveyRepository, SurveyRepository>();
        services.AddScoped<IInvitationRepository, InvitationRepository>();
        services.AddScoped<ISurveyResponseRepository, SurveyResponseRepository>();
        services.AddScoped<ITriggerRuleRepository, TriggerRuleRepository>();
        services.AddScoped<IReceivedCaseEventRepository, ReceivedCaseEventRepository>();
        services.AddScoped<RespondentLinks>();
        services.AddSingleton<TriggeredLinks>();
        services.AddSingleton<RespondentPageRenderer>();
        services.AddSingleton<PublishedSurveyCache>();
        services.AddScoped<PurgeExpiredAnswersJob>();
        services.AddOptions<SurveysOptions>()
            .Bind(configuration.GetSection(SurveysOptions.Section))
            .Validate(options => options.RetentionMonthsAfterClose is >= 1 and <= 120, $"{SurveysOptions.Section}:RetentionMonthsAfterClose must be 1 to 120.")
            .Validate(options => options.PublishedSurveyCacheSeconds is >= 0 and <= 300, $"{SurveysOptions.Section}:PublishedSurveyCacheSeconds must be 0 to 300.")
            .Validate(options => options.HasUsableTriggerLinkKey(), $"{SurveysOptions.Section}:TriggerLinkKey must be a secret of at least {SurveysOptions.MinTriggerLinkKeyBytes} random bytes in base64 (e.g. openssl rand -base64 32).")
            .ValidateOnStart();
        services.AddAuthorizationBuilder()
            .AddPolicy(SurveyEndpoints.ReadPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Manager, Roles.Analyst, Roles.Administrator))
            .AddPolicy(SurveyEndpoints.DesignPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Administrator));
    }
}
