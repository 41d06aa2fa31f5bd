namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>What kind of answer a question takes (docs/domain/surveys.md#questions).</summary>
public enum QuestionKind
{
    /// <summary>A point on a scale of two to eleven, each point with a label and an icon for the picture variant.</summary>
    RatingScale,

    /// <summary>Yes, partly or no.</summary>
    YesPartlyNo,

    /// <summary>One of the options.</summary>
    SingleChoice,

    /// <summary>Any of the options.</summary>
    MultipleChoice,

    /// <summary>Words, up to the question's length limit.</summary>
    FreeText,
}
