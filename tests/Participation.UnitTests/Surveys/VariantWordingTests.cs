using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.UnitTests.Surveys;

/// <summary>A variant words the answers as well as the questions, yes / partly / no included, and keeps their codes; one is found by language.</summary>
public sealed class VariantWordingTests
{
    private static readonly Questionnaire Standard = new(
        "Your review",
        SurveyPurpose.EventTriggered,
        [Audience.ChildOrYoungPerson],
        ["children-in-care"],
        Anonymous: false,
        new DateOnly(2027, 1, 1),
        null,
        [new Question(QuestionKind.YesPartlyNo, "Did you get a say?", true, [], [], null, null)],
        [
            new QuestionnaireVariant("easy-read", "About your review", [new VariantWording("Could you say what you think?", ["Yes", "A bit", "No"])], "en"),
            new QuestionnaireVariant("cymraeg", "Eich adolygiad", [new VariantWording("Gawsoch chi ddweud eich dweud?", ["Ie", "Yn rhannol", "Na"])], "cy"),
        ]);

    [Fact]
    public void Yes_partly_no_is_answered_in_the_variants_words_with_the_standard_codes()
    {
        var welsh = Standard.WordedFor("cymraeg").Questions[0].PossibleAnswers();

        Assert.Equal(["yes:Ie", "partly:Yn rhannol", "no:Na"], welsh.Select(answer => $"{answer.Code}:{answer.Label}"));
        Assert.Equal(["yes:Yes", "partly:Partly", "no:No"], Standard.Questions[0].PossibleAnswers().Select(answer => $"{answer.Code}:{answer.Label}"));
    }

    [Theory]
    [InlineData("cy", true)]
    [InlineData("en", true)]
    [InlineData("cy\n", false)]
    [InlineData("CY", false)]
    [InlineData("cym", false)]
    public void A_language_is_two_lower_case_letters_and_nothing_after(string language, bool valid) =>
        Assert.Equal(valid, QuestionnaireVariant.IsLanguageCode(language));

    [Theory]
    [InlineData("cy", "cymraeg")]
    [InlineData(" CY-gb ", "cymraeg")]
    [InlineData("cy_GB", "cymraeg")]
    [InlineData("en", null)]
    [InlineData("en-GB", null)]
    [InlineData("Welsh", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_recorded_language_finds_the_variant_in_it_by_its_primary_subtag(string? recorded, string? variant) =>
        Assert.Equal(variant, Standard.VariantInLanguageOf(recorded)?.Key);
}
