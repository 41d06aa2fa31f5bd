using MimeKit;

namespace Participation.BuildingBlocks.Infrastructure.Mail;

/// <summary>
/// Sends one message. It returns once the message is accepted; it throws <see cref="MailNotSentException"/> when it
/// is certain nothing went (no connection, refused before or at the end of the data); any other exception means the
/// send broke off and whether the message went cannot be known.
/// </summary>
public interface IMailSender
{
    /// <summary>Sends <paramref name="message"/>: returns once accepted.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>The message certainly did not go: it may be sent again.</summary>
/// <param name="message">What happened.</param>
/// <param name="permanent">The server refused it for good (a 5xx reply: no such mailbox, say): sending again will not help.</param>
/// <param name="innerException">The cause.</param>
public sealed class MailNotSentException(string message, bool permanent, Exception innerException) : Exception(message, innerException)
{
    /// <summary>Whether sending again would be refused the same way.</summary>
    public bool Permanent { get; } = permanent;
}
