using Participation.BuildingBlocks.Infrastructure.Documents;

namespace Participation.Modules.Reporting.Collations.Pdf;

/// <summary>
/// The collation's font, the host's PDF font: registered once with PDFsharp (text) and ScottPlot (charts), both of
/// which otherwise look for the machine's fonts.
/// </summary>
internal static class ReportFonts
{
    public const string Family = PdfFonts.Family;

    private static readonly Lazy<bool> Registration = new(Register);

    /// <summary>Registers the font on first use; later calls do nothing.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    private static bool Register()
    {
        PdfFonts.EnsureRegistered();
        var folder = Directory.CreateTempSubdirectory("participation-fonts-").FullName;
        foreach (var (face, bold) in new[] { (PdfFonts.Regular, false), (PdfFonts.Bold, true) })
        {
            var path = Path.Combine(folder, $"{face}.ttf");
            File.WriteAllBytes(path, PdfFonts.Read(face));
            ScottPlot.Fonts.AddFontFile(Family, path, bold, italic: false);
        }

        ScottPlot.Fonts.Default = Family;
        return true;
    }
}
