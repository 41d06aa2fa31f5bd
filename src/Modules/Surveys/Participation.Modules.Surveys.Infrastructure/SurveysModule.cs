using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Application.ClosedCases;
using Participation.Modules.Surveys.Application.ClosedCases.Letters;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Infrastructure.ClosedCases;
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
        endpoints.MapClosedCases();
    }

    /// <inheritdoc />
    public override void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options)
    {
        jobs.AddOrUpdate<PurgeExpiredAnswersJob>(PurgeExpiredAnswersJob.Id, job => job.RunAsync(CancellationToken.None), PurgeExpiredAnswersJob.Schedule, options);
        jobs.AddOrUpdate<SendLettersJob>(SendLettersJob.Id, job => job.RunAsync(CancellationToken.None), SendLettersJob.Schedule, options);
        jobs.AddOrUpdate<DrawSampleJob>(DrawSampleJob.Id, job => job.RunAsync(CancellationToken.None), DrawSampleJob.Schedule, options);
        jobs.AddOrUpdate<EraseContactsJob>(EraseContactsJob.Id, job => job.RunAsync(CancellationToken.None), EraseContactsJob.Schedule, options);
    }

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ISurveyRepository, SurveyRepository>();
        services.AddScoped<IInvitationRepository, InvitationRepository>();
        services.AddScoped<ISurveyResponseRepository, SurveyResponseRepository>();
        services.AddScoped<ITriggerRuleRepository, TriggerRuleRepository>();
        services.AddScoped<IReceivedCaseEventRepository, ReceivedCaseEventRepository>();
        services.AddScoped<RespondentLinks>();
        services.AddScoped<IAnswerWriter, AnswerWriter>();
        services.AddSingleton<GroupCommittedAnswers>();
        services.AddHostedService(provider => provider.GetRequiredService<GroupCommittedAnswers>());
        services.AddSingleton<TriggeredLinks>();
        services.AddSingleton<RespondentPageRenderer>();
        services.AddSingleton<PublishedSurveyCache>();
        services.AddScoped<PurgeExpiredAnswersJob>();
        services.AddScoped<ICaseClosureRepository, CaseClosureRepository>();
        services.AddScoped<ISampleDrawRepository, SampleDrawRepository>();
        services.AddScoped<LetterContents>();
        services.AddScoped<ClosureFeedback>();
        services.AddSingleton<LetterWriter>();
        services.AddTransient<SendLettersJob>();
        services.AddScoped<DrawSampleJob>();
        services.AddTransient<EraseContactsJob>();
        services.AddOptions<ClosedCasesOptions>()
            .Bind(configuration.GetSection(ClosedCasesOptions.Section))
            .Validate(options => Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var site) && site.Scheme is "https" or "http", $"{ClosedCasesOptions.Section}:PublicBaseUrl must be the absolute address the host is reached at from outside, e.g. https://participation.example.gov.uk.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.CouncilPhone), $"{ClosedCasesOptions.Section}:CouncilPhone must be the number letters give for feedback by telephone.")
            .Validate(options => options.LetterTemplatePath is not { Length: > 0 } path || File.Exists(path), $"{ClosedCasesOptions.Section}:LetterTemplatePath names no file.")
            .Validate(options => options.CallAttempts is >= 1 and <= 10, $"{ClosedCasesOptions.Section}:CallAttempts must be 1 to 10.")
            .Validate(options => options.ContactKeepDays is >= 7 and <= 365, $"{ClosedCasesOptions.Section}:ContactKeepDays must be 7 to 365.")
            .Validate(options => options.SamplePercent is >= 1 and <= 100, $"{ClosedCasesOptions.Section}:SamplePercent must be 1 to 100.")
            .Validate(options => options.SampleSize is null or >= 1, $"{ClosedCasesOptions.Section}:SampleSize must be at least 1 when set.")
            .ValidateOnStart();
        services.AddOptions<SurveysOptions>()
            .Bind(configuration.GetSection(SurveysOptions.Section))
            .Validate(options => options.RetentionMonthsAfterClose is >= 1 and <= 120, $"{SurveysOptions.Section}:RetentionMonthsAfterClose must be 1 to 120.")
            .Validate(options => options.PublishedSurveyCacheSeconds is >= 0 and <= 300, $"{SurveysOptions.Section}:PublishedSurveyCacheSeconds must be 0 to 300.")
            .Validate(options => options.HasUsableTriggerLinkKey(), $"{SurveysOptions.Section}:TriggerLinkKey must be a secret of at least {SurveysOptions.MinTriggerLinkKeyBytes} random bytes in base64 (e.g. openssl rand -base64 32).")
            .ValidateOnStart();
        services.AddAuthorizationBuilder()
            .AddPolicy(SurveyEndpoints.ReadPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Manager, Roles.Analyst, Roles.Administrator))
            .AddPolicy(SurveyEndpoints.DesignPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Administrator))
            .AddPolicy(ClosedCaseEndpoints.OfficerPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Administrator))
            .AddPolicy(ClosedCaseEndpoints.ReportPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Manager, Roles.Analyst, Roles.Administrator));
    }
}
