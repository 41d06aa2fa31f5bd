using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Participation.BuildingBlocks.Infrastructure.Mail;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per message.</summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            var security = !settings.UseTls ? SecureSocketOptions.None : settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Nothing of the message was sent before the session was up.
            throw new MailNotSentException($"Could not open an SMTP session with {settings.Host}:{settings.Port}.", permanent: false, exception);
        }

        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            // The server answered a command with a refusal (sender, recipient, or the message at the end of its data):
            // it says it did not take the message.
            throw new MailNotSentException($"The SMTP server refused the message: {(int)refused.StatusCode}.", permanent: (int)refused.StatusCode >= 500, refused);
        }

        await client.DisconnectAsync(quit: true, CancellationToken.None);
    }
}
