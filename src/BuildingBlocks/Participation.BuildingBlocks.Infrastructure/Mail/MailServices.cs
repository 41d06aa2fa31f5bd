using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.BuildingBlocks.Infrastructure.Mail;

/// <summary>Registers the host's mail sender: SMTP when <c>Smtp:Host</c> is set, the pickup folder otherwise (in Production only when chosen).</summary>
public static partial class MailServices
{
    /// <summary>Adds <see cref="IMailSender"/> and its settings.</summary>
    public static IServiceCollection AddParticipationMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section))
            .Validate(options => options.Port is > 0 and < 65536, "Smtp:Port must be 1 to 65535.")
            .Validate(options => options.TimeoutSeconds is >= 1 and <= 600, "Smtp:TimeoutSeconds must be 1 to 600.")
            .Validate(options => MimeKit.MailboxAddress.TryParse(options.From, out _), "Smtp:From must be an address such as Participation <participation@council.example.gov.uk>.")
            // A deployment that lost its mail settings would otherwise write families' letters to a folder beside the
            // application and count them sent; in Production a pickup folder must be chosen, not fallen into.
            .Validate<IHostEnvironment>(
                (options, environment) => !environment.IsProduction() || !string.IsNullOrWhiteSpace(options.Host) || configuration[$"{MailOptions.Section}:{nameof(MailOptions.PickupDirectory)}"] is { Length: > 0 },
                "Smtp:Host is required in Production (or Smtp:PickupDirectory, to write email as .eml files to a folder another service relays).")
            .ValidateOnStart();
        if (string.IsNullOrWhiteSpace(configuration[$"{MailOptions.Section}:Host"]))
        {
            services.AddSingleton<PickupFolderMailSender>();
            services.AddSingleton<IMailSender>(provider => provider.GetRequiredService<PickupFolderMailSender>());
        }
        else
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }

        services.AddHostedService<MailDestinationLog>();
        return services;
    }

    /// <summary>Says at start-up where the host's email goes.</summary>
    private sealed partial class MailDestinationLog(IServiceProvider services, IOptions<MailOptions> options, ILogger<MailDestinationLog> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (services.GetService<PickupFolderMailSender>() is { } pickup)
            {
                WritingToPickup(logger, pickup.Folder);
            }
            else
            {
                SendingThrough(logger, options.Value.Host!, options.Value.Port);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Information, Message = "No Smtp:Host configured: email is written as .eml files to {Folder}")]
        private static partial void WritingToPickup(ILogger logger, string folder);

        [LoggerMessage(Level = LogLevel.Information, Message = "Email is sent through {Host}:{Port}")]
        private static partial void SendingThrough(ILogger logger, string host, int port);
    }
}
