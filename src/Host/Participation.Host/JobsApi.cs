using System.ComponentModel.DataAnnotations;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Infrastructure.Security;

namespace Participation.Host;

/// <summary>
/// The recurring jobs, for Administrators: each with its schedule and its last and next run, and a way to run one now
/// (it runs as its schedule would run it, on a Hangfire worker, never overlapping a run in progress), so a job can be
/// exercised without waiting for its schedule or opening the dashboard.
/// </summary>
internal static class JobsApi
{
    public const string Path = "/api/v1/jobs";

    /// <summary>Hangfire job ids and recurring job ids are short.</summary>
    private const int MaxIdLength = 100;

    public static void MapJobsApi(this IEndpointRouteBuilder endpoints)
    {
        var jobs = endpoints.MapGroup(Path)
            .WithTags("Jobs")
            .RequireAuthorization(Policies.Administrators)
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/", List)
            .WithName("ListJobs").WithSummary("The recurring jobs, their schedule (cron, UK time), last run and next run (Administrator)");
        jobs.MapPost("/{id}/runs", Run)
            .WithName("RunJob").WithSummary("Runs a recurring job now: 202 with the URL of the run's status (Administrator)");
        jobs.MapGet("/{id}/runs/{runId}", GetRun)
            .WithName("GetJobRun").WithSummary("The state of one run: Enqueued, Processing, Succeeded, Failed… (Administrator)");
    }

    private static Ok<RecurringJobs> List(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        return TypedResults.Ok(new RecurringJobs([.. connection.GetRecurringJobs().OrderBy(job => job.Id, StringComparer.Ordinal).Select(Describe)]));
    }

    private static Accepted<JobRun> Run([MaxLength(MaxIdLength)] string id, JobStorage storage, IRecurringJobManagerV2 jobs)
    {
        using (var connection = storage.GetConnection())
        {
            _ = connection.GetRecurringJobs([id]).SingleOrDefault(job => !job.Removed) ?? throw new NotFoundException("Job", id);
        }

        var runId = jobs.TriggerJob(id);
        return TypedResults.Accepted($"{Path}/{id}/runs/{runId}", RunOf(storage, id, runId));
    }

    private static Ok<JobRun> GetRun([MaxLength(MaxIdLength)] string id, [MaxLength(MaxIdLength)] string runId, JobStorage storage) =>
        TypedResults.Ok(RunOf(storage, id, runId));

    private static JobRun RunOf(JobStorage storage, string id, string? runId)
    {
        using var connection = storage.GetConnection();
        // Hangfire's PostgreSQL storage numbers its runs; anything else is no run of ours.
        var data = long.TryParse(runId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) ? connection.GetJobData(runId) : null;
        // A run id from another job is not found here: it is not a run of this one.
        if (data is null || connection.GetJobParameter(runId, "RecurringJobId") is not { } recurring || recurring.Trim('"') != id)
        {
            throw new NotFoundException("Job run", runId ?? id);
        }

        return new JobRun(runId!, id, data.State, new DateTimeOffset(data.CreatedAt, TimeSpan.Zero));
    }

    private static RecurringJobSummary Describe(RecurringJobDto job) => new(
        job.Id,
        job.Job is { } method ? $"{method.Type.Name}.{method.Method.Name}" : job.Id,
        job.Cron,
        job.TimeZoneId,
        job.LastJobId is { } last ? new LastRun(last, job.LastJobState, job.LastExecution is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null) : null,
        job.NextExecution is { } next ? new DateTimeOffset(next, TimeSpan.Zero) : null);
}

/// <summary>The recurring jobs, by id.</summary>
internal sealed record RecurringJobs([property: MaxLength(100)] IReadOnlyList<RecurringJobSummary> Items);

/// <summary>A recurring job.</summary>
/// <param name="Id">Its id, e.g. closed-cases:letters.</param>
/// <param name="Name">The code it runs.</param>
/// <param name="Cron">Its schedule, in <paramref name="TimeZone"/>.</param>
/// <param name="TimeZone">The time zone of the schedule (Europe/London).</param>
/// <param name="LastRun">Its latest run, if it has run.</param>
/// <param name="NextRun">When it runs next on its schedule.</param>
internal sealed record RecurringJobSummary(
    [property: MaxLength(100)] string Id,
    [property: MaxLength(200)] string Name,
    [property: MaxLength(100)] string Cron,
    [property: MaxLength(100)] string? TimeZone,
    LastRun? LastRun,
    DateTimeOffset? NextRun);

/// <summary>A job's latest run.</summary>
/// <param name="RunId">The run, whose state GET /api/v1/jobs/{id}/runs/{runId} gives.</param>
/// <param name="State">Its state when last looked at: Succeeded, Failed, Processing…</param>
/// <param name="StartedAt">When it started.</param>
internal sealed record LastRun([property: MaxLength(100)] string RunId, [property: MaxLength(40)] string? State, DateTimeOffset? StartedAt);

/// <summary>One run of a job.</summary>
/// <param name="RunId">The run.</param>
/// <param name="JobId">The recurring job it is a run of.</param>
/// <param name="State">Enqueued, Processing, Succeeded, Failed, Scheduled (retrying) or Deleted.</param>
/// <param name="CreatedAt">When it was created.</param>
internal sealed record JobRun([property: MaxLength(100)] string RunId, [property: MaxLength(100)] string JobId, [property: MaxLength(40)] string? State, DateTimeOffset CreatedAt);
