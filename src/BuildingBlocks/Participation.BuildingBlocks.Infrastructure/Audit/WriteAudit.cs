using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Participation.BuildingBlocks.Domain;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// The audit entry of the write a request is making, inserted by the module's unit of work in the same transaction as
/// the request's first change. A change and its entry commit together or not at all, so a committed change always has
/// its entry, whatever happens after the commit: the client hanging up during the follow-up read, or the database
/// going away before a separate audit commit (which then answered "nothing was changed" and invited a duplicate).
/// A write that commits nothing through a unit of work (a partner's batch copied in, a repeat that finds its record)
/// is recorded by <see cref="AuditEndpointFilter"/> once it has succeeded, as before.
/// </summary>
internal sealed class WriteAudit
{
    private const int Created = StatusCodes.Status201Created;

    private Expected? _expected;

    /// <summary>Whether the request's entry has been committed with its change.</summary>
    public bool Recorded => _expected?.Recorded ?? false;

    /// <summary>
    /// The request is a write the audit log records, answering the success statuses its endpoint declares.
    /// With one success status its entry can be written before the response is known; with 200 and 201 (a create that
    /// may find its record already there) a saved new aggregate means 201. Any other mix is recorded after the response.
    /// </summary>
    public void Expect(HttpContext http, Endpoint endpoint)
    {
        var successes = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>()
            .Select(produces => produces.StatusCode)
            .Where(status => status is >= 200 and < 300)
            .Distinct()
            .Order()
            .ToArray();
        if (successes is [_] or [StatusCodes.Status200OK, Created])
        {
            _expected = new Expected(http, endpoint, successes);
        }
    }

    /// <summary>A raced command asked again in a fresh scope carries the same request's entry.</summary>
    public void ContinueFrom(WriteAudit other) => _expected = other._expected;

    /// <summary>
    /// Saves <paramref name="context"/>'s changes; if they are the request's first, inserts its entry first in the
    /// same transaction (one the caller opened, or one opened here).
    /// </summary>
    public async Task SaveChangesAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (_expected is not { Recorded: false } expected || !context.ChangeTracker.HasChanges())
        {
            await context.SaveChangesAsync(cancellationToken);
            return;
        }

        var entry = expected.Entry(context.ChangeTracker);
        var opened = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
        var savepoints = context.Database.AutoSavepointsEnabled;
        // A failure rolls back the whole transaction opened here, so EF Core's savepoint before saving would be one
        // more round trip for nothing.
        context.Database.AutoSavepointsEnabled = opened is null && savepoints;
        try
        {
            await context.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO audit.audit_events (occurred_on, actor_scheme, actor, operation, method, route, record_id, query, item_count, status, client_address)
                VALUES ({entry.OccurredOn.ToUniversalTime()}, {entry.ActorScheme}, {entry.Actor}, {entry.Operation}, {entry.Method}, {entry.Route}, {entry.RecordId}, NULL, NULL, {entry.Status}, {entry.ClientAddress})
                """,
                cancellationToken);
            await context.SaveChangesAsync(cancellationToken);
            if (opened is not null)
            {
                await opened.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            context.Database.AutoSavepointsEnabled = savepoints;
            if (opened is not null)
            {
                await opened.DisposeAsync();
            }
        }

        expected.Recorded = true;
    }

    private sealed class Expected(HttpContext http, Endpoint endpoint, int[] successes)
    {
        public bool Recorded { get; set; }

        public AuditEvent Entry(ChangeTracker changes)
        {
            var entities = changes.Entries().Where(entry => IsEntity(entry.Entity.GetType())).ToList();
            var added = entities.Where(entry => entry.State == EntityState.Added).ToList();
            var created = added.Where(entry => entry.Entity is IAggregateRoot).ToList();
            var status = successes is [var only] ? only : created.Count > 0 ? Created : StatusCodes.Status200OK;
            return AuditEvent.Of(http, endpoint, status, AuditEndpointFilter.DeclaredRecordId(http, endpoint) ?? IdOf(RecordOf(entities, added, created)));
        }

        /// <summary>
        /// What the write made or changed when its route names no record: the aggregate it created, else the one part
        /// it added (an API key), else the one aggregate it changed (a survey given a new version).
        /// </summary>
        private static EntityEntry? RecordOf(List<EntityEntry> entities, List<EntityEntry> added, List<EntityEntry> created) =>
            created.Count > 0 ? (created is [var aggregate] ? aggregate : null)
            : added.Count > 0 ? (added is [var part] ? part : null)
            : entities.Where(entry => entry is { State: EntityState.Modified, Entity: IAggregateRoot }).ToList() is [var changed] ? changed : null;

        private static bool IsEntity(Type type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Entity<>))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? IdOf(EntityEntry? record) =>
            record?.Metadata.FindProperty(nameof(Entity<Guid>.Id)) is { } key && record.Property(key.Name).CurrentValue is { } id
                ? (id is IStronglyTypedId typed ? typed.Value : id).ToString()
                : null;
    }
}
