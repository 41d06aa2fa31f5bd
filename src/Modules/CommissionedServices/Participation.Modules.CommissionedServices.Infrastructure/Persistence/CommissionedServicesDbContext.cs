using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Application.Providers;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

internal sealed class CommissionedServicesDbContext(DbContextOptions<CommissionedServicesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "commissioned_services";

    public override string Schema => SchemaName;

    public DbSet<Provider> Providers => Set<Provider>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Provider>(provider =>
        {
            provider.ToTable("providers");
            provider.HasKey(entry => entry.Id);
            provider.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ProviderId(value));
            provider.Property(entry => entry.Name).HasMaxLength(ProviderDetailsValidator.MaxNameLength);
            provider.HasIndex(entry => entry.Name).IsUnique();
            provider.Property(entry => entry.Kind).HasConversion<string>().HasMaxLength(40);
            provider.Property(entry => entry.ContactName).HasMaxLength(ProviderDetailsValidator.MaxNameLength);
            provider.Property(entry => entry.ContactEmail).HasMaxLength(ProviderDetailsValidator.MaxEmailLength);
            provider.PrimitiveCollection(entry => entry.ServiceAreas);
            provider.OwnsMany(entry => entry.ApiKeys, key =>
            {
                key.ToTable("api_keys");
                key.WithOwner().HasForeignKey("ProviderId");
                key.HasKey(entry => entry.Id);
                key.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ApiKeyId(value)).ValueGeneratedNever();
                key.Property(entry => entry.Prefix).HasMaxLength(16);
                key.HasIndex(entry => entry.Prefix).IsUnique();
                key.PrimitiveCollection(entry => entry.Scopes);
            });
            provider.Navigation(entry => entry.ApiKeys).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }
}
