using PdfSharp.Fonts;

namespace Participation.Modules.Reporting.Collations.Pdf;

/// <summary>
/// The one font of the collation PDF, DejaVu Sans, embedded in this assembly: registered once with PDFsharp (text) and
/// ScottPlot (charts), both of which otherwise look for the machine's fonts.
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<bool> Registration = new(Register);

    /// <summary>Registers the font on first use; later calls do nothing.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName) => Read(faceName);

    private static bool Register()
    {
        GlobalFontSettings.FontResolver = new ReportFonts();
        var folder = Directory.CreateTempSubdirectory("participation-fonts-").FullName;
        foreach (var (face, bold) in new[] { (Regular, false), (Bold, true) })
        {
            var path = Path.Combine(folder, $"{face}.ttf");
            File.WriteAllBytes(path, Read(face));
            ScottPlot.Fonts.AddFontFile(Family, path, bold, italic: false);
        }

        ScottPlot.Fonts.Default = Family;
        return true;
    }

    private static byte[] Read(string face)
    {
        using var resource = typeof(ReportFonts).Assembly.GetManifestResourceStream($"Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The embedded font {face} is missing.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }
}
