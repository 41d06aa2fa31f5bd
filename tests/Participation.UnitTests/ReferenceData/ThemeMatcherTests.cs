using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.UnitTests.ReferenceData;

public sealed class ThemeMatcherTests
{
    private readonly ThemeMatcher matcher = new(
    [
        ("placement-stability", ["moved", "new placement", "foster home"]),
        ("being-listened-to", ["listen", "listened", "ignored"]),
        ("no-terms", []),
    ]);

    [Theory]
    [InlineData("I was MOVED again, to a new   placement!", new[] { "placement-stability" })]
    [InlineData("Nobody listened. I felt ignored when I was moved.", new[] { "being-listened-to", "placement-stability" })]
    [InlineData("My social worker listens well", new string[0])]
    [InlineData("The removed sign was odd", new string[0])]
    [InlineData("", new string[0])]
    [InlineData(null, new string[0])]
    public void A_theme_is_suggested_when_a_term_appears_as_whole_words_in_any_case(string? text, string[] suggested) =>
        Assert.Equal(suggested, matcher.Suggest(text));
}
