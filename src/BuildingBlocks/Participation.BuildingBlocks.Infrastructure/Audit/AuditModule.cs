using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.BuildingBlocks.Infrastructure.Security;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// The append-only audit log (its own schema; a trigger refuses UPDATE, DELETE and TRUNCATE) and the Administrators'
/// query over it. Not switchable: every module's writes depend on it.
/// </summary>
internal sealed class AuditModule() : Module<AuditDbContext>("Audit", AuditDbContext.SchemaName)
{
    /// <summary>Applies the audit filter to every route mapped into the returned group.</summary>
    public static RouteGroupBuilder AuditedGroup(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(string.Empty).AddEndpointFilter<AuditEndpointFilter>();

    /// <inheritdoc />
    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/v1/audit-events", List)
            .WithTags("Audit")
            .WithName("ListAuditEvents")
            .WithSummary("The audit log, newest first; filter by actor, operation, record and time (Administrator)")
            .RequireAuthorization(Policies.Administrators)
            .ProducesValidationProblem();

    /// <inheritdoc />
    protected override IReadOnlyList<System.Reflection.Assembly> Assemblies => [];

    /// <inheritdoc />
    protected override IReadOnlyCollection<string> AppendOnlyTables => ["audit_events"];

    /// <inheritdoc />
    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<RefusalAuditBudget>();
        services.AddSingleton<AuditLog>();
        services.AddScoped<WriteAudit>();
        services.AddSingleton(provider => new JobAudit(provider.GetRequiredService<AuditLog>(), provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService(provider => provider.GetRequiredService<AuditLog>());
    }

    private sealed class AuditQueryValidator : AbstractValidator<(int PageSize, string? Cursor)>
    {
        public AuditQueryValidator()
        {
            RuleFor(query => query.PageSize).MustBeAPageSize().OverridePropertyName("pageSize");
            RuleFor(query => query.Cursor).MustBeAPositionCursor().OverridePropertyName("cursor");
        }
    }

    private static async Task<Ok<Page<AuditEvent>>> List(
        AuditDbContext audit,
        CancellationToken cancellationToken,
        [MaxLength(AuditEvent.ActorMaxLength)] string? actor = null,
        [MaxLength(AuditEvent.OperationMaxLength)] string? operation = null,
        [MaxLength(AuditEvent.RecordIdMaxLength)] string? recordId = null,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        [PageSize] int pageSize = Paging.DefaultPageSize,
        [MaxLength(Paging.CursorMaxLength)] string? cursor = null)
    {
        await new AuditQueryValidator().ValidateAndThrowAsync((pageSize, cursor), cancellationToken);
        var before = Paging.DecodePosition(cursor);
        // PostgreSQL's timestamptz takes instants in UTC; a client may send any offset.
        var fromUtc = from?.ToUniversalTime();
        var toUtc = to?.ToUniversalTime();

        var rows = await audit.Events.AsNoTracking()
            .Where(entry => before == 0 || entry.Id < before)
            .Where(entry => actor == null || entry.Actor == actor)
            .Where(entry => operation == null || entry.Operation == operation)
            .Where(entry => recordId == null || entry.RecordId == recordId)
            .Where(entry => fromUtc == null || entry.OccurredOn >= fromUtc)
            .Where(entry => toUtc == null || entry.OccurredOn < toUtc)
            .OrderByDescending(entry => entry.Id)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Paging.ToPage(rows, pageSize, entry => entry.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
