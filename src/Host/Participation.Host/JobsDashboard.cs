using Hangfire;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Security;

namespace Participation.Host;

/// <summary>The Hangfire dashboard at <c>/jobs</c>, for Administrators.</summary>
internal static class JobsDashboard
{
    public const string Path = "/jobs";

    /// <summary>
    /// The dashboard reads every POST as a form and throws on any other body; such a request is refused as 415 before
    /// it reaches it (for callers already admitted, so an anonymous caller still learns nothing but 401). Authorisation is the endpoint's: the dashboard's own filters would admit only local requests.
    /// </summary>
    public static void MapJobsDashboard(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(Path) && HttpMethods.IsPost(context.Request.Method) && !context.Request.HasFormContentType
                && context.User.IsInRole(Roles.Administrator),
            refuse => refuse.Run(_ => throw new BadHttpRequestException("The job dashboard takes form posts only.", StatusCodes.Status415UnsupportedMediaType)));
        // Read-only: its buttons (trigger, requeue, delete) would act outside the audit log; a job is run on demand through
        // the audited POST /api/v1/jobs/{id}/runs.
        app.MapHangfireDashboard(Path, new DashboardOptions { Authorization = [], IsReadOnlyFunc = _ => true }).RequireAuthorization(Policies.Administrators);
    }
}
