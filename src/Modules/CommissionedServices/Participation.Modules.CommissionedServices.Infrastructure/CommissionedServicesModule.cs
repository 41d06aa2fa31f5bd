using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.Modules.CommissionedServices.Application.Returns;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.Modules.CommissionedServices.Application;
using Participation.Modules.CommissionedServices.Application.Feedback;
using Participation.Modules.CommissionedServices.Infrastructure.Endpoints;
using Participation.Modules.CommissionedServices.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Infrastructure.Security;

namespace Participation.Modules.CommissionedServices.Infrastructure;

/// <summary>
/// The providers the council commissions, the partner keys of every partner system, and the feedback those systems
/// post (docs/domain/vocabularies-and-themes.md for what an item carries). Service areas and themes are checked
/// against ReferenceData.
/// </summary>
internal sealed class CommissionedServicesModule() : Module<CommissionedServicesDbContext>("CommissionedServices", CommissionedServicesDbContext.SchemaName, "ReferenceData")
{
    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapProviders().MapApiKeys();
        endpoints.MapPartner();
        endpoints.MapReturns();
    }

    /// <inheritdoc />
    public override void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options) =>
        jobs.AddOrUpdate<ReturnsJob>(ReturnsJob.Id, job => job.RunAsync(CancellationToken.None), ReturnsJob.Schedule, options);

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IProviderRepository, ProviderRepository>();
        services.AddScoped<IFeedbackStore, FeedbackStore>();
        services.AddScoped<IPartnerKeyStore, PartnerKeyStore>();
        services.AddStoredEventSource<FeedbackReceivedSource>();
        services.AddScoped<IReturnRepository, ReturnRepository>();
        services.AddTransient<ReturnsJob>();
        services.AddOptions<ReturnsOptions>()
            .Bind(configuration.GetSection(ReturnsOptions.Section))
            .Validate(options => options.DueWorkingDays is >= 1 and <= 120, $"{ReturnsOptions.Section}:DueWorkingDays must be 1 to 120.")
            .Validate(options => options.ReminderWorkingDays is >= 1 and <= 60, $"{ReturnsOptions.Section}:ReminderWorkingDays must be 1 to 60.")
            .ValidateOnStart();
        services.AddAuthorizationBuilder()
            .AddPolicy(ReturnEndpoints.ReadPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Manager))
            .AddPolicy(ReturnEndpoints.OfficerPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer))
            .AddPolicy(ReturnEndpoints.CommissionerPolicy, policy => policy.RequireRole(Roles.Manager))
            .AddPolicy(ReturnEndpoints.ReportPolicy, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Manager, Roles.Analyst));
    }
}
