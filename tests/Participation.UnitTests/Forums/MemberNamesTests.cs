using Participation.Modules.Forums.Domain.Members;

namespace Participation.UnitTests.Forums;

public sealed class MemberNamesTests
{
    [Theory]
    [InlineData("Thanks to O\u2019Brien for chairing", "O'Brien")]
    [InlineData("Thanks to o'brien for chairing", "O'Brien")]
    [InlineData("Mary\u00A0Jane spoke first", "Mary Jane")]
    [InlineData("Mary   Jane spoke first", "Mary Jane")]
    [InlineData("Jean\u2013Luc spoke first", "Jean-Luc")]
    [InlineData("Zo\u0065\u0301 spoke first", "Zo\u00E9")]
    public void A_name_is_found_however_it_is_typed(string text, string name)
    {
        Assert.True(MemberNames.AreIn(text, [name]));
        Assert.StartsWith("[name]", MemberNames.TakenOut(text.Replace("Thanks to ", string.Empty, StringComparison.Ordinal), [name]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Annette came too", "Ann")]
    [InlineData("Brienne spoke", "O'Brien")]
    public void A_name_inside_another_word_is_not_found(string text, string name) =>
        Assert.False(MemberNames.AreIn(text, [name]));
}
