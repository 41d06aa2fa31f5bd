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

    [Fact]
    public void At_most_as_many_themes_as_a_record_carries_are_suggested_the_most_matched_kept()
    {
        var many = new ThemeMatcher([.. Enumerable.Range(1, 12).Select(number => ($"theme-{number:00}", (IReadOnlyList<string>)(number == 12 ? ["word12", "again"] : [$"word{number}"])))]);

        var suggested = many.Suggest(string.Join(' ', Enumerable.Range(1, 12).Select(number => $"word{number}")) + " again");

        Assert.Equal([.. Enumerable.Range(1, 9).Select(number => $"theme-{number:00}"), "theme-12"], suggested);
    }
}
