using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.Modules.Complaints.Application;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.Modules.Complaints.Infrastructure.Endpoints;
using Participation.Modules.Complaints.Infrastructure.Persistence;

namespace Participation.Modules.Complaints.Infrastructure;

/// <summary>
/// The statutory children's social care complaints procedure (docs/domain/complaints.md). Service areas and themes
/// are checked against ReferenceData on every intake and re-tag.
/// </summary>
internal sealed class ComplaintsModule() : Module<ComplaintsDbContext>("Complaints", ComplaintsDbContext.SchemaName, "ReferenceData")
{
    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapComplaints();
        endpoints.MapCompliments();
        endpoints.MapComplaintReports();
    }

    /// <inheritdoc />
    public override void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options) =>
        // Early each morning, UK time, before officers open their queues.
        jobs.AddOrUpdate<MarkOverdueStagesJob>(MarkOverdueStagesJob.Id, job => job.RunAsync(CancellationToken.None), "0 6 * * *", options);

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IComplaintRepository, ComplaintRepository>();
        services.AddScoped<IComplimentRepository, ComplimentRepository>();
        services.AddSingleton<ComplaintsCalendar>();
        services.AddSingleton<ComplaintProcedures>();
        services.AddOptions<ComplaintsOptions>()
            .Bind(configuration.GetSection(ComplaintsOptions.Section))
            .Validate(
                options => options.Corporate is null
                    || (options.Corporate.Stage1WorkingDays > 0 && options.Corporate.Stage1MaximumWorkingDays >= options.Corporate.Stage1WorkingDays && options.Corporate.Stage2WorkingDays > 0),
                "Complaints:Corporate needs positive working days, and a stage 1 maximum no shorter than stage 1.")
            .Validate(
                options => options.Procedure != ComplaintProcedure.Corporate || options.Corporate is not null,
                "Complaints:Procedure is Corporate but Complaints:Corporate sets no timescales (Stage1WorkingDays, Stage1MaximumWorkingDays, Stage2WorkingDays).")
            .ValidateOnStart();
        services.AddScoped<MarkOverdueStagesJob>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ComplaintEndpoints.Policy, policy => policy.RequireRole(Roles.ComplaintsOfficer, Roles.Manager))
            .AddPolicy(ComplaintReportEndpoints.Policy, policy => policy.RequireRole(Roles.ComplaintsOfficer, Roles.Manager, Roles.Analyst));
    }
}
