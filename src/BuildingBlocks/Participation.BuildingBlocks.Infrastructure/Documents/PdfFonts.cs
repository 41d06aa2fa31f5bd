using PdfSharp.Fonts;

namespace Participation.BuildingBlocks.Infrastructure.Documents;

/// <summary>
/// The one font of every PDF the host writes, DejaVu Sans (Bitstream Vera licence: Fonts/LICENSE-DejaVu.txt), embedded
/// in this assembly so documents look the same on every server whatever fonts the machine has. PDFsharp takes one font
/// resolver per process, so every module's documents share this one.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    /// <summary>The family name documents ask for.</summary>
    public const string Family = "DejaVu Sans";

    /// <summary>The regular face's name.</summary>
    public const string Regular = "DejaVuSans";

    /// <summary>The bold face's name.</summary>
    public const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<bool> Registration = new(() =>
    {
        GlobalFontSettings.FontResolver = new PdfFonts();
        return true;
    });

    private PdfFonts()
    {
    }

    /// <summary>Registers the font with PDFsharp on first use; later calls do nothing.</summary>
    public static void EnsureRegistered() => _ = Registration.Value;

    /// <summary>The TrueType file of <paramref name="face"/> (<see cref="Regular"/> or <see cref="Bold"/>), for other renderers.</summary>
    public static byte[] Read(string face)
    {
        using var resource = typeof(PdfFonts).Assembly.GetManifestResourceStream($"Fonts.{face}.ttf")
            ?? throw new InvalidOperationException($"The embedded font {face} is missing.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => Read(faceName);
}
