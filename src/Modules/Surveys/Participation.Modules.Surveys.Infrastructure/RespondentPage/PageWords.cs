using System.Globalization;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Infrastructure.RespondentPage;

/// <summary>
/// The respondent page's own words — everything on it that is not the survey's — in English or in Welsh
/// (docs/domain/surveys.md#languages). A survey's wording in any other language is shown inside the English page,
/// marked with its language so a screen reader speaks it rightly.
/// </summary>
internal sealed record PageWords
{
    public static readonly PageWords English = new()
    {
        Language = "en",
        SkipLink = "Skip to main content",
        Service = "Have your say",
        ErrorPrefix = "Error:",
        ThereIsAProblem = "There is a problem",
        AnonymousLead = "You do not give your name. Nobody can tell which answers are yours.",
        IdentifiedLead = "Your answers go to the council's participation team, who read them to make things better.",
        Optional = "(optional)",
        Send = "Send answers",
        SendChild = "Send my answers",
        Footer = "This page uses no cookies and does not record your internet address.",
        CloseThePage = "You can close this page now.",
        ThankYou = "Thank you",
        Received = "Your answers have been sent. Thank you for taking part.",
        ReceivedChild = "We have got your answers. Thank you for telling us what you think.",
        QuestionsChanged = "The questions were updated while you were answering. Check your answers and send them again.",
        QuestionNumbered = "Question {0}: {1}",
        TooLong = "Your answer must be {0} characters or fewer. It is {1}.",
        WriteSomething = "Enter your answer.",
        WriteSomethingChild = "Write your answer in the box.",
        ChooseAtLeastOne = "Choose at least one answer.",
        ChooseOne = "Choose an answer.",
        ChooseAShownOne = "Choose one of the answers shown.",
        OnlyIf = "Only answer this if you chose {0} for question {1}.",
        Or = " or ",
        ChooseAllThatApply = "Choose all that apply.",
        UpTo = "You can write up to {0} characters.",
        LinkGoneHeading = "This link no longer works",
        AskForANewOne = "If you still want to have your say, ask the person who sent it for a new one.",
        CannotAnswerHeading = "You cannot answer this survey at the moment",
        LinkGone = "This link has been used, has expired or has been withdrawn.",
        OpensOn = "This link opens on {0}.",
        NotTakingAnswers = "This survey is not taking answers at the moment.",
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };

    /// <summary>Cymraeg: for a variant whose language is <c>cy</c>, so a Welsh speaker meets no English on the page.</summary>
    public static readonly PageWords Welsh = new()
    {
        Language = "cy",
        SkipLink = "Neidio i'r prif gynnwys",
        Service = "Dweud eich dweud",
        ErrorPrefix = "Gwall:",
        ThereIsAProblem = "Mae problem wedi codi",
        AnonymousLead = "Nid ydych yn rhoi eich enw. Does neb yn gallu dweud pa atebion yw eich rhai chi.",
        IdentifiedLead = "Mae eich atebion yn mynd i dîm cyfranogiad y cyngor, sy'n eu darllen er mwyn gwella pethau.",
        Optional = "(dewisol)",
        Send = "Anfon atebion",
        SendChild = "Anfon fy atebion",
        Footer = "Nid yw'r dudalen hon yn defnyddio cwcis ac nid yw'n cofnodi eich cyfeiriad rhyngrwyd.",
        CloseThePage = "Gallwch gau'r dudalen hon nawr.",
        ThankYou = "Diolch",
        Received = "Mae eich atebion wedi cael eu hanfon. Diolch am gymryd rhan.",
        ReceivedChild = "Rydyn ni wedi cael eich atebion. Diolch am ddweud wrthym beth rydych chi'n ei feddwl.",
        QuestionsChanged = "Cafodd y cwestiynau eu diweddaru tra oeddech chi'n ateb. Gwiriwch eich atebion a'u hanfon eto.",
        QuestionNumbered = "Cwestiwn {0}: {1}",
        TooLong = "Rhaid i'ch ateb fod yn {0} nod neu lai. Mae'n {1} nod.",
        WriteSomething = "Rhowch eich ateb.",
        WriteSomethingChild = "Ysgrifennwch eich ateb yn y blwch.",
        ChooseAtLeastOne = "Dewiswch o leiaf un ateb.",
        ChooseOne = "Dewiswch ateb.",
        ChooseAShownOne = "Dewiswch un o'r atebion a ddangosir.",
        OnlyIf = "Atebwch hwn dim ond os dewisoch {0} ar gyfer cwestiwn {1}.",
        Or = " neu ",
        ChooseAllThatApply = "Dewiswch bob un sy'n berthnasol.",
        UpTo = "Gallwch ysgrifennu hyd at {0} nod.",
        LinkGoneHeading = "Nid yw'r ddolen hon yn gweithio mwyach",
        AskForANewOne = "Os ydych chi dal eisiau dweud eich dweud, gofynnwch i'r person a'i hanfonodd am un newydd.",
        CannotAnswerHeading = "Ni allwch ateb yr arolwg hwn ar hyn o bryd",
        LinkGone = "Mae'r ddolen hon wedi cael ei defnyddio, wedi dod i ben neu wedi cael ei thynnu'n ôl.",
        OpensOn = "Mae'r ddolen hon yn agor ar {0}.",
        NotTakingAnswers = "Nid yw'r arolwg hwn yn derbyn atebion ar hyn o bryd.",
        Months = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    };

    /// <summary>The page's language, for <c>&lt;html lang&gt;</c>.</summary>
    public required string Language { get; init; }

    public required string SkipLink { get; init; }

    public required string Service { get; init; }

    public required string ErrorPrefix { get; init; }

    public required string ThereIsAProblem { get; init; }

    public required string AnonymousLead { get; init; }

    public required string IdentifiedLead { get; init; }

    public required string Optional { get; init; }

    public required string Send { get; init; }

    public required string SendChild { get; init; }

    public required string Footer { get; init; }

    public required string CloseThePage { get; init; }

    public required string ThankYou { get; init; }

    public required string Received { get; init; }

    public required string ReceivedChild { get; init; }

    public required string QuestionsChanged { get; init; }

    public required string QuestionNumbered { get; init; }

    public required string TooLong { get; init; }

    public required string WriteSomething { get; init; }

    public required string WriteSomethingChild { get; init; }

    public required string ChooseAtLeastOne { get; init; }

    public required string ChooseOne { get; init; }

    public required string ChooseAShownOne { get; init; }

    public required string OnlyIf { get; init; }

    public required string Or { get; init; }

    public required string ChooseAllThatApply { get; init; }

    public required string UpTo { get; init; }

    public required string LinkGoneHeading { get; init; }

    public required string AskForANewOne { get; init; }

    public required string CannotAnswerHeading { get; init; }

    public required string LinkGone { get; init; }

    public required string OpensOn { get; init; }

    public required string NotTakingAnswers { get; init; }

    /// <summary>The months' names, January first.</summary>
    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>
    /// Why a link did not open, in these words: on the English page the rule's own sentence; in Welsh the same
    /// reason, known by the rule's code.
    /// </summary>
    public string Reason(BusinessRuleValidationException refused, DateOnly? opensOn)
    {
        ArgumentNullException.ThrowIfNull(refused);
        return ReferenceEquals(this, English) ? refused.Message : refused.Code switch
        {
            "surveys.link-gone" => LinkGone,
            "surveys.link-not-open-yet" when opensOn is { } day => Fill(OpensOn, $"{day.Day} {Months[day.Month - 1]} {day.Year}"),
            _ => NotTakingAnswers,
        };
    }

    /// <summary>Welsh words for Welsh wording; English for any other.</summary>
    public static PageWords For(string? language) => language == Welsh.Language ? Welsh : English;

    /// <summary><paramref name="template"/> with its numbered holes filled, numbers written as the page writes them.</summary>
    public static string Fill(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
