using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Results.GetSurveyResults;

internal sealed class GetSurveyResultsQueryHandler(ISurveyRepository surveys, ISurveyResponseRepository responses, ISender sender) : IQueryHandler<GetSurveyResultsQuery, SurveyResults>
{
    public async ValueTask<SurveyResults> Handle(GetSurveyResultsQuery query, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(query.SurveyId), cancellationToken);
        var version = survey.Published(query.Version ?? survey.LatestVersion)
            ?? throw new NotFoundException("Survey version", $"{query.SurveyId}/{query.Version ?? survey.LatestVersion}");
        var answered = await responses.ListAsync(survey.Id, version.Number, query.From, cancellationToken);
        var showTexts = query.IncludeTexts && !version.Questionnaire.Anonymous;
        var byQuestion = answered.SelectMany(response => response.Answers).ToLookup(answer => answer.Question);

        var questions = new List<QuestionResult>();
        for (var number = 1; number <= version.Questionnaire.Questions.Count; number++)
        {
            var question = version.Questionnaire.Questions[number - 1];
            var answers = byQuestion[number].ToList();
            questions.Add(question.Kind == QuestionKind.FreeText
                ? await FreeTextAsync(number, question, answers, showTexts, cancellationToken)
                : Counted(number, question, answers));
        }

        return new SurveyResults(
            survey.Id.Value,
            version.Number,
            SmallNumbers.Count(answered.Count),
            SmallNumbers.CountsBy(answered, response => KebabCodes<Channel>.ToCode(response.Channel)),
            SmallNumbers.CountsBy(answered, response => response.Variant ?? SurveyResults.StandardWording),
            questions);
    }

    private static QuestionResult Counted(int number, Question question, IReadOnlyList<Answer> answers)
    {
        var possible = question.PossibleAnswers();
        var cells = possible.Select(answer => KeyValuePair.Create(answer.Code, answers.Count(given => given.Values.Contains(answer.Code)))).ToList();
        // A multiple choice's options overlap (one answer may tick several), so they are not a breakdown of one total.
        var counts = question.Kind == QuestionKind.MultipleChoice ? SmallNumbers.EachOnItsOwn(cells) : SmallNumbers.Breakdown(cells);
        return new QuestionResult(
            number,
            question.Kind,
            question.Text,
            SmallNumbers.Count(answers.Count),
            [.. possible.Select((answer, index) => new AnswerResult(answer.Code, answer.Label, counts[answer.Code], Share(counts[answer.Code], cells[index].Value, answers.Count)))],
            new Dictionary<string, CountFigure>(),
            null);
    }

    private async Task<QuestionResult> FreeTextAsync(int number, Question question, IReadOnlyList<Answer> answers, bool showTexts, CancellationToken cancellationToken)
    {
        var texts = answers.Select(answer => answer.Values[0]).ToList();
        var suggested = texts.Count == 0 ? [] : await sender.Send(new SuggestThemesQuery(texts), cancellationToken);
        var byTheme = suggested.SelectMany(themes => themes).GroupBy(theme => theme, StringComparer.Ordinal).Select(group => KeyValuePair.Create(group.Key, group.Count()));
        return new QuestionResult(number, question.Kind, question.Text, SmallNumbers.Count(texts.Count), [], SmallNumbers.EachOnItsOwn(byTheme), showTexts ? texts : null);
    }

    /// <summary>A withheld count's share is withheld too: with the total shown, it would give the count away.</summary>
    private static PercentageFigure Share(CountFigure count, int value, int whole) =>
        count.Suppressed is { } reason ? new PercentageFigure(null, reason) : SmallNumbers.Percentage(value, whole);
}
