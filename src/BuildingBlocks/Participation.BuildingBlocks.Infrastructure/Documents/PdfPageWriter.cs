using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Participation.BuildingBlocks.Infrastructure.Documents;

/// <summary>
/// Writes text down A4 pages in the host's PDF font, starting a new page when the next block would not fit: headings,
/// wrapped paragraphs, table rows and images.
/// </summary>
public sealed class PdfPageWriter
{
    private const double Margin = 40;

    private readonly PdfDocument document;
    private readonly XFont body;
    private readonly XFont strong;
    private readonly XFont title;
    private readonly XFont subtitle;
    private readonly double line;
    private readonly double[] columns;

    private PdfPage? page;
    private XGraphics? graphics;
    private double y;

    /// <summary>A writer whose body text is <paramref name="fontSize"/> points and whose rows have cells at <paramref name="columns"/> points from the margin.</summary>
    public PdfPageWriter(PdfDocument document, double fontSize, params double[] columns)
    {
        PdfFonts.EnsureRegistered();
        this.document = document;
        this.columns = columns;
        body = new XFont(PdfFonts.Family, fontSize);
        strong = new XFont(PdfFonts.Family, fontSize, XFontStyleEx.Bold);
        title = new XFont(PdfFonts.Family, fontSize * 16 / 9, XFontStyleEx.Bold);
        subtitle = new XFont(PdfFonts.Family, fontSize * 11 / 9, XFontStyleEx.Bold);
        line = fontSize * 14 / 9;
    }

    private double Width => page!.Width.Point - 2 * Margin;

    /// <summary>A page or document title.</summary>
    public void Heading(string text) => Draw(text, title, line * 24 / 14);

    /// <summary>A section's title.</summary>
    public void Subheading(string text) => Draw(text, subtitle, line * 16 / 14);

    /// <summary>Half a line of space.</summary>
    public void Gap() => y += line / 2;

    /// <summary>A paragraph, wrapped to the page width; each new line in <paramref name="text"/> starts a line.</summary>
    public void Text(string text, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var font = bold ? strong : body;
        foreach (var paragraphLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in paragraphLine.Split(' ').SelectMany(word => Pieces(word, font)))
            {
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (Graphics(line).MeasureString(candidate, font).Width > Width && current.Length > 0)
                {
                    Draw(current, font, line);
                    current = word;
                }
                else
                {
                    current = candidate;
                }
            }

            Draw(current, font, line);
        }
    }

    /// <summary>A word as pieces that each fit the line: a long link is broken across lines rather than run off the page.</summary>
    private IEnumerable<string> Pieces(string word, XFont font)
    {
        var graphics = Graphics(line);
        while (word.Length > 1 && graphics.MeasureString(word, font).Width > Width)
        {
            var fits = 1;
            while (fits < word.Length && graphics.MeasureString(word[..(fits + 1)], font).Width <= Width)
            {
                fits++;
            }

            yield return word[..fits];
            word = word[fits..];
        }

        yield return word;
    }

    /// <summary>A table row, each cell at its column.</summary>
    public void Row(bool header, params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var g = Graphics(line);
        for (var column = 0; column < cells.Length; column++)
        {
            g.DrawString(cells[column], header ? strong : body, XBrushes.Black, new XPoint(Margin + columns[column], y + line * 10 / 14));
        }

        y += line;
    }

    /// <summary>A PNG image the page's width across, <paramref name="heightPerWidth"/> as tall as it is wide.</summary>
    public void Image(byte[] png, double heightPerWidth)
    {
        var height = Width * heightPerWidth;
        var g = Graphics(height);
        using var image = XImage.FromStream(new MemoryStream(png));
        g.DrawImage(image, Margin, y, Width, height);
        y += height + line;
    }

    /// <summary>Starts the next block on a new page.</summary>
    public void NewPage()
    {
        graphics?.Dispose();
        graphics = null;
        page = null;
    }

    /// <summary>Ends the last page; the document can then be saved.</summary>
    public void Finish() => graphics?.Dispose();

    private void Draw(string text, XFont font, double height)
    {
        Graphics(height).DrawString(text, font, XBrushes.Black, new XPoint(Margin, y + height - 4));
        y += height;
    }

    /// <summary>The page to draw the next <paramref name="height"/> points on, starting a new one when this is full.</summary>
    private XGraphics Graphics(double height)
    {
        if (page is null || y + height > page.Height.Point - Margin)
        {
            graphics?.Dispose();
            page = document.AddPage();
            page.Size = PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        return graphics!;
    }
}
