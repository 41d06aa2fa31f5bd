namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>Why a survey is sent (docs/domain/surveys.md#purposes).</summary>
public enum SurveyPurpose
{
    /// <summary>An annual survey of a group: children in care, parents, foster carers, adopters, staff.</summary>
    Annual,

    /// <summary>Sent when something happens: a conference or review booked, a placement started or ended.</summary>
    EventTriggered,

    /// <summary>The questionnaire sent when a case closes.</summary>
    ClosedCase,

    /// <summary>Anything else.</summary>
    Other,
}
