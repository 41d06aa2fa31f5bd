using FluentValidation;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Complaints.Application;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Infrastructure.Endpoints;
using Participation.Modules.Complaints.Infrastructure.Persistence;

namespace Participation.Modules.Complaints.Infrastructure;

/// <summary>The statutory children's social care complaints procedure (DOMAIN.md, Complaints).</summary>
public sealed class ComplaintsModule : IModule
{
    /// <inheritdoc />
    public string Name => "Complaints";

    /// <inheritdoc />
    public ModuleDescriptor AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ComplaintsDbContext>(ComplaintsDbContext.SchemaName);
        services.AddScoped<IComplaintRepository, ComplaintRepository>();
        services.AddScoped<ICompliments, ComplimentRepository>();
        services.AddSingleton<ComplaintsCalendar>();
        services.AddSingleton<ComplaintProcedures>();
        services.AddOptions<ComplaintsOptions>()
            .Bind(configuration.GetSection(ComplaintsOptions.Section))
            .Validate(
                options => options.Corporate is null
                    || (options.Corporate.Stage1WorkingDays > 0 && options.Corporate.Stage1MaximumWorkingDays >= options.Corporate.Stage1WorkingDays && options.Corporate.Stage2WorkingDays > 0),
                "Complaints:Corporate needs positive working days, and a stage 1 maximum no shorter than stage 1.")
            .ValidateOnStart();
        services.AddScoped<MarkOverdueStagesJob>();
        services.AddValidatorsFromAssemblyContaining<IComplaintRepository>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizationBuilder()
            .AddPolicy(ComplaintEndpoints.Policy, policy => policy.RequireRole(Roles.ComplaintsOfficer, Roles.Manager))
            .AddPolicy(ComplaintReportEndpoints.Policy, policy => policy.RequireRole(Roles.ComplaintsOfficer, Roles.Manager, Roles.Analyst));
        return new ModuleDescriptor(
            Name,
            typeof(ComplaintsDbContext),
            [typeof(IComplaintRepository).Assembly, typeof(ComplaintReceived).Assembly, typeof(ComplaintsModule).Assembly]);
    }

    /// <inheritdoc />
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapComplaints();
        endpoints.MapCompliments();
        endpoints.MapComplaintReports();
    }

    /// <inheritdoc />
    public void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options) =>
        // Early each morning, UK time, before officers open their queues.
        jobs.AddOrUpdate<MarkOverdueStagesJob>(MarkOverdueStagesJob.Id, job => job.RunAsync(CancellationToken.None), "0 6 * * *", options);

    /// <inheritdoc />
    public Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ComplaintsDbContext>().Database.MigrateAsync(cancellationToken);
}
