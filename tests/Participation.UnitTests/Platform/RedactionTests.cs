using Participation.BuildingBlocks.Domain.Text;

namespace Participation.UnitTests.Platform;

public sealed class RedactionTests
{
    [Theory]
    [InlineData("Please email me at jo.bloggs+care@example.org soon", "Please email me at [email] soon")]
    [InlineData("ring 07700 900123 or +44 (0)20 7946 0958 after six", "ring [phone] or [phone] after six")]
    [InlineData("we moved to SW1A 1AA and then ls6 3hn", "we moved to [postcode] and then [postcode]")]
    [InlineData("My social worker Sarah Jones never calls me back.", "My social worker [name] never calls me back.")]
    [InlineData("Kayden said I could not see my brother.", "[name] said I could not see my brother.")]
    [InlineData("I liked the CAMHS worker. The room was nice.", "I liked the CAMHS worker. The room was nice.")]
    [InlineData("KAYLEIGH OKAFOR helped me at CAMHS", "[name] helped me at CAMHS")]
    [InlineData("J Smith listened. THE NHS nurse was kind", "[name] listened. THE NHS nurse was kind")]
    public void Identifying_details_are_replaced_by_a_marker(string text, string redacted) =>
        Assert.Equal(redacted, Redaction.Redact(text));

    [Fact]
    public void A_long_comment_is_cut_at_a_word()
    {
        var quote = Redaction.Redact(string.Join(' ', Enumerable.Repeat("listened", 60)));

        Assert.True(quote.Length <= Redaction.QuoteMaxLength + 1);
        Assert.EndsWith("listened…", quote);
    }

    [Fact]
    public void A_long_comment_without_a_space_is_cut_where_it_reaches_the_limit()
    {
        var quote = Redaction.Redact(new string('a', 400));

        Assert.Equal(Redaction.QuoteMaxLength, quote.Length);
        Assert.EndsWith("a…", quote);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    public void A_long_comment_of_emoji_is_never_cut_inside_one(string lead)
    {
        var quote = Redaction.Redact(lead + string.Concat(Enumerable.Repeat("😀", 300)));

        Assert.True(quote.Length <= Redaction.QuoteMaxLength);
        Assert.Equal(System.Buffers.OperationStatus.Done, System.Text.Unicode.Utf8.FromUtf16(quote, new byte[quote.Length * 3], out _, out _, replaceInvalidSequences: false));
    }
}
