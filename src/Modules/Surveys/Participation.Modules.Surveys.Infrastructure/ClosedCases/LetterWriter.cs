using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.Options;
using MimeKit;
using Participation.BuildingBlocks.Infrastructure.Documents;
using Participation.BuildingBlocks.Infrastructure.Mail;
using Participation.Modules.Surveys.Application.ClosedCases;
using Participation.Modules.Surveys.Application.ClosedCases.Letters;
using Participation.Modules.Surveys.Domain.ClosedCases;
using PdfSharp.Pdf;

namespace Participation.Modules.Surveys.Infrastructure.ClosedCases;

/// <summary>
/// Writes closed-case letters from the council's Liquid template (docs/domain/closed-case-follow-up.md#letter): as an
/// email with the letter attached as a PDF, or as pages of a print batch. The template is plain text, parsed once at
/// start-up, so a broken one stops the host rather than a morning's letters.
/// </summary>
public sealed class LetterWriter
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private readonly IFluidTemplate template;
    private readonly TemplateOptions templateOptions = new();
    private readonly MailboxAddress from;

    public LetterWriter(IOptions<ClosedCasesOptions> options, IOptions<MailOptions> mail)
    {
        var source = options.Value.LetterTemplatePath is { Length: > 0 } path ? File.ReadAllText(path) : BuiltInTemplate();
        if (!new FluidParser().TryParse(source, out template, out var error))
        {
            throw new InvalidOperationException($"The closed-case letter template does not parse: {error}");
        }

        from = MailboxAddress.Parse(mail.Value.From);
    }

    /// <summary>The letter's words.</summary>
    public string Text(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var context = new TemplateContext(templateOptions);
        context.SetValue("addressee", letter.AddresseeName);
        context.SetValue("date", Day(letter.Date));
        context.SetValue("service", letter.Service);
        context.SetValue("link", letter.Link);
        context.SetValue("opt_out_link", letter.OptOutLink);
        context.SetValue("phone", letter.Phone);
        context.SetValue("easy_read", letter.Format == LetterFormat.EasyRead);
        return template.Render(context, NullEncoder.Default);
    }

    /// <summary>One PDF of <paramref name="letters"/>, each starting on its own page.</summary>
    public byte[] Pdf(IReadOnlyList<Letter> letters)
    {
        ArgumentNullException.ThrowIfNull(letters);
        using var document = new PdfDocument();
        document.Info.Title = letters.Count == 1 ? "Your family's closed case" : $"Closed-case letters, {Day(letters[0].Date)}";
        foreach (var letter in letters)
        {
            var page = new PdfPageWriter(document, letter.Format == LetterFormat.LargePrint ? 16 : 11);
            page.Text($"{letter.AddresseeName}\n{letter.PostalAddress}");
            page.Gap();
            page.Text(Day(letter.Date));
            page.Gap();
            page.Text(Text(letter));
            page.Finish();
        }

        using var bytes = new MemoryStream();
        document.Save(bytes, closeStream: false);
        return bytes.ToArray();
    }

    /// <summary>The email of an emailed letter, under its fixed Message-ID, with the letter attached as a PDF.</summary>
    public MimeMessage Email(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        // Neutral: a subject is shown in inbox previews and on lock screens, so it does not name the service.
        var message = new MimeMessage { Subject = "We would like to hear how it went" };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(letter.AddresseeName, letter.Email ?? throw new InvalidOperationException("An emailed letter has an email address.")));
        message.MessageId = letter.MessageId!.Trim('<', '>');
        var body = new BodyBuilder { TextBody = Text(letter) };
        body.Attachments.Add("letter.pdf", Pdf([letter]), new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    private static string BuiltInTemplate()
    {
        using var stream = typeof(LetterWriter).Assembly.GetManifestResourceStream("closed-case-letter.liquid")
            ?? throw new InvalidOperationException("The closed-case letter template is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
