using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Infrastructure.Audit;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The base of every module's DbContext: its own schema (with its own migrations history table, set at
/// registration), outbox and inbox tables in that schema, and <c>xmin</c> optimistic concurrency on aggregates.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IUnitOfWork
{
    /// <summary>
    /// How values kept whole in a JSON column (a questionnaire, a list of actions, a return's submissions) are written:
    /// with the enum codes the API speaks, like every other column.
    /// </summary>
    protected static readonly JsonSerializerOptions JsonColumns = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>
    /// Keeps an immutable value in a <c>jsonb</c> column. It is replaced whole and never changed in place, so comparing
    /// references finds every change.
    /// </summary>
    protected static void AsJson<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<T> property)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(property);
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, JsonColumns),
            json => JsonSerializer.Deserialize<T>(json, JsonColumns)!,
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<T>((one, other) => ReferenceEquals(one, other), value => value.GetHashCode(), value => value));
    }

    /// <summary>The module's schema, e.g. <c>reference_data</c>.</summary>
    public abstract string Schema { get; }

    /// <summary>The mediator of the scope that leased this pooled context: it publishes the domain events saved with it.</summary>
    internal IPublisher? Publisher { get; set; }

    /// <summary>Integration events waiting to be delivered.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <summary>Messages this module's consumers have handled.</summary>
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>The table, in each module's schema, of the messages its consumers have handled.</summary>
    public const string InboxTable = "inbox_messages";

    /// <summary>The audit entry of the request that leased this pooled context, written with its first change.</summary>
    internal WriteAudit? WriteAudit { get; set; }

    /// <inheritdoc />
    public Task CommitAsync(CancellationToken cancellationToken) =>
        WriteAudit is { } audit ? audit.SaveChangesAsync(this, cancellationToken) : SaveChangesAsync(cancellationToken);

    /// <summary>
    /// Publishes the domain events of tracked aggregates through the mediator of the scope that leased the context, so
    /// what their handlers change (outbox rows included) joins this unit of work; handlers may raise further events,
    /// published in turn until none is left. <c>SaveChanges</c> does this before it writes.
    /// </summary>
    public async Task PublishDomainEventsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var aggregates = ChangeTracker.Entries<IAggregateRoot>()
                .Select(entry => entry.Entity)
                .Where(aggregate => aggregate.DomainEvents.Count > 0)
                .ToList();
            if (aggregates.Count == 0)
            {
                return;
            }

            var events = aggregates.SelectMany(aggregate => aggregate.DomainEvents).ToList();
            aggregates.ForEach(aggregate => aggregate.ClearDomainEvents());
            var publisher = Publisher
                ?? throw new InvalidOperationException($"{GetType().Name} was not leased through its scope, so it has no mediator to publish domain events with.");
            foreach (var domainEvent in events)
            {
                await publisher.Publish(domainEvent, cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public IDisposable ReadOnly()
    {
        var previous = ChangeTracker.QueryTrackingBehavior;
        ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        // A restorer is immutable, so the usual one (back to tracking) is made once per context, not once per query.
        return previous == QueryTrackingBehavior.TrackAll
            ? restoreTracking ??= new TrackingRestorer(this, previous)
            : new TrackingRestorer(this, previous);
    }

    private TrackingRestorer? restoreTracking;

    private sealed class TrackingRestorer(ModuleDbContext context, QueryTrackingBehavior previous) : IDisposable
    {
        public void Dispose() => context.ChangeTracker.QueryTrackingBehavior = previous;
    }

    /// <summary>
    /// Every enum of the platform's and the module's own assemblies is stored as the kebab-case code the API speaks
    /// (<c>child-or-young-person</c>), so the data, the JSON and the integration events spell a value one way.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        foreach (var enumType in DomainEnums(GetType()))
        {
            var converter = typeof(KebabCaseEnumConverter<>).MakeGenericType(enumType);
            configurationBuilder.Properties(enumType).HaveConversion(converter).HaveMaxLength(TextLengths.EnumCode);
        }
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(message => message.Id);
            outbox.Property(message => message.Type).HasMaxLength(300);
            // json, not jsonb: the processor reads the text back whole, and jsonb's parse and compress on write is pure cost.
            // lz4, not the default pglz: a bulk writer's row is tens of kilobytes written inside the request, and read once.
            outbox.Property(message => message.Content).HasColumnType("json").UseCompressionMethod("lz4");
            outbox.Property(message => message.LastError).HasMaxLength(300);
            // The processor scans only what is pending, in order.
            outbox.HasIndex(message => message.OccurredOn).HasFilter("processed_on IS NULL");
            // The readiness check counts only events failing delivery, never a backlog of pending ones after an outage.
            outbox.HasIndex(message => message.FailedAttempts)
                .HasFilter(FormattableString.Invariant($"processed_on IS NULL AND failed_attempts >= {Health.OutboxDeliveryHealthCheck.FailedAttempts}"));
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(message => new { message.MessageId, message.Consumer });
            inbox.Property(message => message.Consumer).HasMaxLength(300);
        });

        ConfigureModule(modelBuilder);

        // Conventions reach scalar properties only; a primitive collection of enums (cohorts) gets the same codes here.
        foreach (var element in modelBuilder.Model.GetEntityTypes()
            .SelectMany(type => type.GetDeclaredProperties())
            .Select(property => property.GetElementType())
            .Where(element => element is { ClrType.IsEnum: true } && element.GetValueConverter() is null))
        {
            element!.SetValueConverter((ValueConverter)Activator.CreateInstance(typeof(KebabCaseEnumConverter<>).MakeGenericType(element.ClrType))!);
        }

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(type => typeof(IAggregateRoot).IsAssignableFrom(type.ClrType)))
        {
            // Npgsql maps a uint row version to PostgreSQL's xmin system column: no extra column, no trigger.
            modelBuilder.Entity(entity.ClrType).Property(nameof(AggregateRoot<Guid>.Version)).IsRowVersion();
            modelBuilder.Entity(entity.ClrType).Ignore(nameof(IAggregateRoot.DomainEvents));
        }
    }

    /// <summary>Maps the module's own entities.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);

    private static IEnumerable<Type> DomainEnums(Type context) =>
        EnumsByContext.GetOrAdd(context, type =>
        [
            .. new[] { type.Assembly, typeof(IDomainEvent).Assembly }
                .Concat(type.Assembly.GetReferencedAssemblies()
                    .Where(reference => reference.Name!.EndsWith(".Domain", StringComparison.Ordinal) && reference.Name.StartsWith("Participation.", StringComparison.Ordinal))
                    .Select(System.Reflection.Assembly.Load))
                .Distinct()
                .SelectMany(assembly => assembly.GetTypes())
                .Where(candidate => candidate.IsEnum && candidate.IsPublic),
        ]);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Type[]> EnumsByContext = new();
}
