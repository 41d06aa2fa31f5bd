using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.IntegrationTests.Platform;

/// <summary>A consuming module that exists only in the tests: it records each ThemeRetired and FeedbackReceived it handles in its own schema.</summary>
public sealed class OutboxConsumerFixture : ApiFixture
{
    public const string Schema = "outbox_tests";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The module's schema is created as a real module's is: by the owner role, its rows granted to the application.
        var ownerString = PostgresServer.OwnerOf(Factory.ConnectionString) ?? Factory.ConnectionString;
        await using var owner = Npgsql.NpgsqlDataSource.Create(ownerString);
        var asOwner = new DbContextOptionsBuilder<ConsumerDbContext>();
        asOwner.UseModuleDatabase(owner, Schema);
        await using (var consumer = new ConsumerDbContext(asOwner.Options))
        {
            await consumer.Database.ExecuteSqlRawAsync(consumer.Database.GenerateCreateScript());
        }

        if (PostgresServer.OwnerOf(Factory.ConnectionString) is not null)
        {
            await DatabaseRoles.GrantAsync(owner, Schema, DatabaseRoles.Application, [], CancellationToken.None);
        }
    }

    protected override ParticipationApiFactory CreateFactory(string connectionString) => new(connectionString)
    {
        ConfigureServices = services =>
        {
            services.AddModuleDbContext<ConsumerDbContext>(Schema);
            services.AddIntegrationEventHandler<ThemeRetired, RecordThemeRetired>();
            services.AddIntegrationEventHandler<FeedbackReceived, RecordFeedbackReceived>();
            var registry = (ModuleRegistry)services.Single(service => service.ServiceType == typeof(ModuleRegistry)).ImplementationInstance!;
            registry.Add(new ModuleDescriptor("OutboxTests", typeof(ConsumerDbContext), [typeof(RecordThemeRetired).Assembly]));
        },
    };
}

internal sealed class ConsumerDbContext(DbContextOptions<ConsumerDbContext> options) : ModuleDbContext(options)
{
    public override string Schema => OutboxConsumerFixture.Schema;

    public DbSet<ReceivedMessage> Received => Set<ReceivedMessage>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ReceivedMessage>(received =>
        {
            received.ToTable("received_messages");
            received.HasKey(row => row.Id);
        });
}

internal sealed class ReceivedMessage
{
    public Guid Id { get; init; }

    public Guid MessageId { get; init; }

    public required string Code { get; init; }

    /// <summary>The event as handled, for checking a contract end to end.</summary>
    public string? Content { get; init; }
}

internal sealed class RecordThemeRetired(ConsumerDbContext context) : IIntegrationEventHandler<ThemeRetired>
{
    public Task HandleAsync(ThemeRetired integrationEvent, CancellationToken cancellationToken)
    {
        context.Received.Add(new ReceivedMessage { Id = Guid.NewGuid(), MessageId = integrationEvent.Id, Code = integrationEvent.Code });
        return Task.CompletedTask;
    }
}

/// <summary>Records feedback; fails for good on staff feedback, standing for a consumer that can never take one event.</summary>
internal sealed class RecordFeedbackReceived(ConsumerDbContext context) : IIntegrationEventHandler<FeedbackReceived>
{
    public const string Refused = "staff-member";

    public Task HandleAsync(FeedbackReceived integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Audience == Refused)
        {
            throw new InvalidOperationException("This consumer cannot take staff feedback.");
        }

        context.Received.Add(new ReceivedMessage
        {
            Id = Guid.NewGuid(),
            MessageId = integrationEvent.Id,
            Code = $"feedback:{integrationEvent.ProviderId}:{integrationEvent.FeedbackId}",
            Content = JsonSerializer.Serialize(integrationEvent, JsonSerializerOptions.Web),
        });
        return Task.CompletedTask;
    }
}
