namespace Participation.BuildingBlocks.Infrastructure.Mail;

/// <summary>
/// Where the host's email goes, under <c>Smtp</c> (<c>Smtp__Host</c> and so on in the environment). With no host set,
/// every message is written as an <c>.eml</c> file to <see cref="PickupDirectory"/> instead, so a newcomer's machine
/// shows the whole flow without a mail server.
/// </summary>
public sealed class MailOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Smtp";

    /// <summary>The SMTP server; unset, messages go to the pickup folder.</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP port, 587 by default.</summary>
    public int Port { get; set; } = 587;

    /// <summary>TLS: implicit on port 465, STARTTLS otherwise (required, not opportunistic).</summary>
    public bool UseTls { get; set; } = true;

    /// <summary>The account to sign in as; unset, no sign-in.</summary>
    public string? UserName { get; set; }

    /// <summary>Its password (from a secret store, never committed).</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Children's Services Participation &lt;participation@council.example.gov.uk&gt;</c>.</summary>
    public string From { get; set; } = "Participation <participation@localhost>";

    /// <summary>How long a send may take before it is given up (its outcome then unknown).</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Where messages are written without an SMTP server; relative to the host's folder. <c>.data/mail-pickup</c> by default.</summary>
    public string PickupDirectory { get; set; } = Path.Combine(".data", "mail-pickup");
}
