using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Participation.BuildingBlocks.Infrastructure.Mail;

/// <summary>
/// Without an SMTP server: each message is written to the pickup folder as <c>{Message-ID}.eml</c>, so writing the
/// same message again replaces its file rather than adding a second.
/// </summary>
internal sealed class PickupFolderMailSender(IOptions<MailOptions> options, IHostEnvironment environment) : IMailSender
{
    public string Folder { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory));

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Folder);
        var name = string.Concat((message.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId()).Select(character => char.IsLetterOrDigit(character) || character is '-' or '.' ? character : '_'));
        var path = Path.Combine(Folder, $"{name}.eml");
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }
}
