using CsvHelper;

namespace Participation.BuildingBlocks.Infrastructure.Documents;

/// <summary>How every CSV file the platform writes is written.</summary>
public static class CsvFiles
{
    /// <summary>
    /// RFC 4180, with any text field that a spreadsheet would run as a formula (one starting with = @ + -, tab or CR)
    /// escaped with a leading apostrophe: analysts open these files in Excel, and their text came from partners and
    /// families (OWASP, "CSV Injection").
    /// </summary>
    public static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };
}
