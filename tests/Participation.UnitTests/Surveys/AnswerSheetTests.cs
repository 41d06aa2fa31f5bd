using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.UnitTests.Surveys;

/// <summary>Answers checked against the questions of the version they answer.</summary>
public sealed class AnswerSheetTests
{
    private static readonly Questionnaire Questionnaire = new(
        "Your views",
        SurveyPurpose.Annual,
        [Audience.ChildOrYoungPerson],
        ["children-in-care"],
        Anonymous: false,
        new DateOnly(2026, 1, 1),
        null,
        [
            new(QuestionKind.RatingScale, "How settled?", true, [new(1, "Not", "cloud"), new(2, "A bit", "sun-cloud"), new(3, "Very", "sun")], [], null, null),
            new(QuestionKind.FreeText, "Why not?", true, [], [], 20, new ShowIf(1, ["1"])),
            new(QuestionKind.MultipleChoice, "Who helped?", false, [], [new("carer", "My carer"), new("worker", "My worker")], null, null),
            new(QuestionKind.YesPartlyNo, "Did you meet them first?", false, [], [], null, null),
        ]);

    [Fact]
    public void Answers_come_back_in_question_order_whatever_order_they_were_sent_in()
    {
        var answers = AnswerSheet.Check(Questionnaire, [new(3, null, ["worker", "carer"]), new(1, "3", null), new(4, "partly", null)]);

        Assert.Equal([1, 3, 4], answers.Select(answer => answer.Question));
        Assert.Equal(["worker", "carer"], answers[1].Values);
        Assert.Equal(AnswerSheet.Canonical(1, answers), AnswerSheet.Canonical(1, AnswerSheet.Check(Questionnaire, [new(1, "3", null), new(4, "partly", null), new(3, null, ["worker", "carer"])])));
    }

    [Theory]
    // A required question shown by its condition must be answered; hidden, it must not be.
    [InlineData("1", null, "answers")]
    [InlineData("2", "Because", "answers")]
    // Free text within its limit; a rating on its scale.
    [InlineData("1", "Twenty-one characters", "answers[1].value")]
    [InlineData("4", null, "answers[0].value")]
    public void Shown_required_hidden_and_out_of_range_answers_are_refused_naming_the_field(string rating, string? why, string field)
    {
        List<AnswerDocument> answers = [new(1, rating, null)];
        if (why is not null)
        {
            answers.Add(new(2, why, null));
        }

        var refusal = Assert.Throws<ValidationException>(() => AnswerSheet.Check(Questionnaire, answers));
        Assert.Contains(refusal.Errors, error => error.PropertyName == field);
    }

    [Fact]
    public void A_multiple_choice_takes_different_codes_of_its_options_and_a_question_is_answered_once()
    {
        Assert.Contains(Refusals([new(1, "3", null), new(3, null, ["carer", "carer"])]), error => error.PropertyName == "answers[1].values");
        Assert.Contains(Refusals([new(1, "3", null), new(3, null, ["teacher"])]), error => error.PropertyName == "answers[1].values");
        Assert.Contains(Refusals([new(1, "3", null), new(1, "2", null)]), error => error.PropertyName == "answers[1].question");
        Assert.Contains(Refusals([new(1, "3", null), new(9, "yes", null)]), error => error.PropertyName == "answers[1].question");
    }

    [Fact]
    public void Publishing_the_same_draft_twice_is_refused_and_anonymity_is_fixed_once_published()
    {
        var survey = Survey.Design(Questionnaire);
        Assert.Equal(1, survey.Publish(DateTimeOffset.UnixEpoch).Number);

        Assert.Equal("surveys.nothing-to-publish", Assert.Throws<BusinessRuleValidationException>(() => survey.Publish(DateTimeOffset.UnixEpoch)).Code);
        Assert.Equal("surveys.anonymity-fixed", Assert.Throws<BusinessRuleValidationException>(() => survey.Revise(Questionnaire with { Anonymous = true })).Code);
        // Equal by content, not by reference: an unchanged draft sent again is nothing new.
        survey.Revise(Questionnaire with { Questions = [.. Questionnaire.Questions] });
        Assert.False(survey.HasUnpublishedChanges);
    }

    private static IEnumerable<FluentValidation.Results.ValidationFailure> Refusals(IReadOnlyList<AnswerDocument> answers) =>
        Assert.Throws<ValidationException>(() => AnswerSheet.Check(Questionnaire, answers)).Errors;
}
