using Microsoft.AspNetCore.Antiforgery;
using Hangfire;
using Participation.BuildingBlocks.Application.Behaviors;
using Participation.BuildingBlocks.Infrastructure;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Calendar;
using Participation.BuildingBlocks.Infrastructure.Errors;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Host;
using Participation.Host.DemoData;
using Participation.Host.OpenApi;
using Participation.Modules.CommissionedServices.Infrastructure;
using Participation.Modules.Complaints.Infrastructure;
using Participation.Modules.Forums.Infrastructure;
using Participation.Modules.ReferenceData.Infrastructure;
using Participation.Modules.Reviews.Infrastructure;
using Participation.Modules.Reporting;
using Participation.Modules.Surveys.Infrastructure;

// Settings are read beside the application, wherever it is launched from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddParticipationObservability();

DatabaseChoice? database = null;
try
{
    // Before anything reads the configuration it adds to.
    var demoData = DemoDataCommand.From(args, builder);
    database = await DatabaseBootstrap.ResolveAsync(builder.Configuration, builder.Environment);

    // Explicit composition: every module the host knows, each switched off by Modules:{Name}:Enabled=false unless a
    // module that is on depends on it. The platform modules (audit log, partner platform) are always on.
    var enabledModules = ModuleComposition.Enabled(
        PlatformModules.All(),
        [new ReferenceDataModule(), new CommissionedServicesModule(), new ComplaintsModule(), new SurveysModule(), new ForumsModule(), new ReviewsModule(), new ReportingModule()],
        builder.Configuration);
    var registry = builder.Services.AddParticipationPlatform(builder.Configuration, database.Connections, enabledModules);

    builder.Services.AddMediator((Mediator.MediatorOptions options) =>
    {
        // Transient: handlers and behaviours are stateless and still share the request's module DbContexts, which are
        // scoped; a scoped mediator put eight more entries in every request scope's resolved-service table, growing it
        // past its second size (docs/performance.md). Behaviours run in this order.
        options.ServiceLifetime = ServiceLifetime.Transient;
        options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>), typeof(ReadOnlyQueryBehavior<,>)];
        options.StreamPipelineBehaviors = [typeof(StreamValidationBehavior<,>)];
    });
    builder.Services.AddParticipationProblemDetails();
    builder.Services.AddParticipationJson();
    builder.AddStaffAuthentication();
    builder.Services.AddAntiforgery();
    builder.Services.AddStaffRateLimits(builder.Configuration);
    builder.Services.AddLinkRateLimits();
    builder.Services.AddAuthorizationBuilder().AddParticipationPolicies();
    builder.Services.AddFrontEndCors(builder.Configuration);
    builder.Services.AddEndpointsApiExplorer();
    builder.Services.AddParticipationOpenApi();
    if (builder.Configuration.GetValue("Hangfire:Server:Enabled", defaultValue: true))
    {
        builder.Services.AddHangfireServer(server => server.WorkerCount = Math.Max(2, Environment.ProcessorCount));
    }

    var app = builder.Build();
    app.Logger.LogInformation("{DatabaseChoice}", database.Description);
    await ModuleComposition.InitialiseAsync(enabledModules, app.Services, app.Lifetime.ApplicationStopping);

    var recurringJobs = app.Services.GetRequiredService<IRecurringJobManager>();
    var londonTime = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London") };
    OutboxProcessingJob.Schedule(recurringJobs, registry, londonTime);
    foreach (var module in enabledModules)
    {
        module.ScheduleJobs(recurringJobs, londonTime);
    }

    app.UseCurrentUser();
    app.UseSecurityHeaders();
    if (!app.Environment.IsDevelopment())
    {
        app.UseHsts();
    }

    app.UseParticipationProblemDetails();
    app.UseParticipationOpenApi();
    app.UseCors();
    app.UseRefusalAudit();
    app.UseAuthentication();
    app.UseAuthorization();
    // Everything after authorisation answers with the caller's rate-limit headers, as the OpenAPI document declares.
    app.UsePartnerRateLimits();
    app.UseStaffRateLimits();
    app.UseLinkRateLimits();
    // Only for the routes that take a form (the development sign-in page): the middleware marks every request it sees,
    // which gave every API request a dictionary of its own.
    app.UseWhen(context => context.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is not null, forms => forms.UseAntiforgery());
    app.UseStorableTextQueries();
    app.UseDeclaredRequestBodyLimits();
    app.UseRequestBodyFingerprints();

    app.MapHealthChecks("/health/live", Observability.Health(_ => false)).AllowAnonymous();
    app.MapHealthChecks("/health/ready", Observability.Health(check => check.Tags.Contains(PlatformServiceCollectionExtensions.ReadyTag))).AllowAnonymous();
    app.MapMetrics();
    app.MapCalendarEndpoints();
    var audited = AuditModule.AuditedGroup(app).LimitWriteBodies().CheckDeclaredParameterLimits();
    foreach (var module in enabledModules)
    {
        module.MapEndpoints(audited);
    }

    audited.MapJobsApi();

    app.MapStaffSignIn();
    app.MapJobsDashboard();

    if (demoData is not null)
    {
        return await demoData.RunAsync(app);
    }

    await app.RunAsync();
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    return StartupFailure.Report(exception);
}
finally
{
    // The embedded cluster stops with the host, however it ends: Ctrl+C, a failed start or an exception.
    database?.Cluster?.Stop();
}

return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
