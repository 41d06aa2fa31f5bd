using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Infrastructure.Endpoints;
using Participation.Modules.Forums.Infrastructure.Jobs;
using Participation.Modules.Forums.Infrastructure.Persistence;

namespace Participation.Modules.Forums.Infrastructure;

/// <summary>
/// Forums and involvement (docs/domain/forums.md): standing groups, their pseudonymous members, meetings, the "you
/// said, we did" loop and its public board, involvement beyond meetings and the participation action plan. Service
/// areas and themes are checked against ReferenceData.
/// </summary>
internal sealed class ForumsModule() : Module<ForumsDbContext>("Forums", ForumsDbContext.SchemaName, "ReferenceData")
{
    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapForums();
        endpoints.MapMembers();
        endpoints.MapMeetings();
        endpoints.MapItems();
        endpoints.MapPublicBoard();
        endpoints.MapActivities();
        endpoints.MapActionPlan();
    }

    /// <inheritdoc />
    public override void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options)
    {
        jobs.AddOrUpdate<FlagOverdueActionsJob>(FlagOverdueActionsJob.Id, job => job.RunAsync(CancellationToken.None), FlagOverdueActionsJob.Schedule, options);
        jobs.AddOrUpdate<FlagAgeingOutJob>(FlagAgeingOutJob.Id, job => job.RunAsync(CancellationToken.None), FlagAgeingOutJob.Schedule, options);
    }

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IForumRepository, ForumRepository>();
        services.AddScoped<IMemberRepository, MemberRepository>();
        services.AddScoped<IMeetingRepository, MeetingRepository>();
        services.AddScoped<IForumItemRepository, ForumItemRepository>();
        services.AddScoped<IActivityRepository, ActivityRepository>();
        services.AddScoped<IPlanActionRepository, PlanActionRepository>();
        services.AddScoped<FlagOverdueActionsJob>();
        services.AddScoped<FlagAgeingOutJob>();
        services.AddAuthorizationBuilder()
            .AddPolicy(ForumPolicies.Read, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Manager))
            .AddPolicy(ForumPolicies.Write, policy => policy.RequireRole(Roles.ParticipationOfficer))
            .AddPolicy(ForumPolicies.Report, policy => policy.RequireRole(Roles.ParticipationOfficer, Roles.Manager, Roles.Analyst));
    }
}
