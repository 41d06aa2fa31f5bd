namespace Participation.Modules.Forums.Domain.Involvement;

/// <summary>Ways children, young people and carers take part beyond forum meetings (docs/domain/forums.md#involvement-beyond-meetings).</summary>
public enum ActivityKind
{
    /// <summary>Young people on staff recruitment and interview panels, senior managers' included.</summary>
    RecruitmentPanel,

    /// <summary>Young inspectors' or care ambassadors' visit to a residential home, with the toolkit's questions.</summary>
    InspectionVisit,

    /// <summary>Training co-delivered with young people or carers.</summary>
    CoDeliveredTraining,

    /// <summary>A consultation event.</summary>
    ConsultationEvent,

    /// <summary>Peer mentoring.</summary>
    PeerMentoring,

    /// <summary>Foster carers' part in fostering recruitment and training.</summary>
    FosterCarerRecruitmentAndTraining,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>How the council recognised participants' time.</summary>
public enum RecognitionKind
{
    /// <summary>A gift voucher.</summary>
    Voucher,

    /// <summary>A payment.</summary>
    Payment,

    /// <summary>An accreditation (e.g. an AQA unit award).</summary>
    Accreditation,

    /// <summary>A reference for a job or college.</summary>
    Reference,
}
