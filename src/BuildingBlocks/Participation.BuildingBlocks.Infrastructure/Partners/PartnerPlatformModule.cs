using System.Reflection;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Modules;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>
/// Partner keys, rate limits and idempotency for every module's partner routes (<see cref="PartnerRoutes"/>). Not
/// switchable; it serves no routes of its own. The keys themselves are kept by whichever module registers the
/// <see cref="IPartnerKeyStore"/>.
/// </summary>
internal sealed class PartnerPlatformModule() : Module<PartnerPlatformDbContext>("PartnerPlatform", PartnerPlatformDbContext.SchemaName)
{
    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    protected override IReadOnlyList<Assembly> Assemblies => [];

    public override void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options) =>
        jobs.AddOrUpdate<PurgeIdempotencyRecordsJob>(PurgeIdempotencyRecordsJob.Id, job => job.RunAsync(CancellationToken.None), PurgeIdempotencyRecordsJob.Schedule, options);

    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication().AddPartnerKeys();
        services.AddAuthorizationBuilder().AddPartnerPolicies();
        services.AddOptions<PartnerRateLimitOptions>()
            .Bind(configuration.GetSection(PartnerRateLimitOptions.Section))
            .Validate(options => options is { PermitsPerSecond: > 0, Burst: >= 1, RefillSeconds: > 0 }, $"{PartnerRateLimitOptions.Section} needs PermitsPerSecond > 0, Burst >= 1 and RefillSeconds > 0.")
            .ValidateOnStart();
        services.AddSingleton<PartnerRateLimiter>();
        services.AddOptions<PartnerKeyCacheOptions>()
            .Bind(configuration.GetSection(PartnerKeyCacheOptions.Section))
            .Validate(options => options.KeyCacheSeconds is >= 0 and <= 300, "Partners:KeyCacheSeconds must be between 0 and 300.")
            .ValidateOnStart();
        services.AddSingleton<PartnerKeyCache>();
        services.AddOptions<IdempotencyOptions>()
            .Bind(configuration.GetSection(PartnerKeyCacheOptions.Section))
            .Validate(options => options.IdempotencyKeepDays is >= 1 and <= 366, "Partners:IdempotencyKeepDays must be between 1 and 366.")
            .ValidateOnStart();
        services.AddScoped<PurgeIdempotencyRecordsJob>();
        services.AddSingleton<IPartnerKeyRevocations>(provider => provider.GetRequiredService<PartnerKeyCache>());
    }
}
