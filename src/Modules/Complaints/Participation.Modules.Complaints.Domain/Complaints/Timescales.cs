namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>The statutory numbers of the children's complaints procedure, each with its source.</summary>
public static class Timescales
{
    /// <summary>
    /// Regulation 9, Children Act 1989 Representations Procedure (England) Regulations 2006: a complaint is made within
    /// one year of the grounds; a later one may be considered when the authority so decides.
    /// </summary>
    public const int ComplaintTimeLimitMonths = 12;

    /// <summary>Regulation 14 (local resolution), 2006 regulations: stage 1 is answered within 10 working days.</summary>
    public const int Stage1WorkingDays = 10;

    /// <summary>Regulation 14 (local resolution), 2006 regulations: stage 1 may be extended, to at most 20 working days.</summary>
    public const int Stage1MaximumWorkingDays = 20;

    /// <summary>
    /// 2006 regulations and "Getting the Best from Complaints": a complainant asks for stage 2 within 20 working days
    /// of the stage 1 response; a later request is considered with a recorded reason.
    /// </summary>
    public const int Stage2RequestWorkingDays = 20;

    /// <summary>Regulation 17 (investigation), 2006 regulations: stage 2 is answered within 25 working days.</summary>
    public const int Stage2WorkingDays = 25;

    /// <summary>Regulation 17 (investigation), 2006 regulations: stage 2 may be extended, to at most 65 working days.</summary>
    public const int Stage2MaximumWorkingDays = 65;

    /// <summary>2006 regulations, review panel stage (docs/domain/complaints.md#stage-3): the panel meets within 30 working days of the request.</summary>
    public const int PanelWorkingDays = 30;

    /// <summary>2006 regulations, review panel stage (docs/domain/complaints.md#stage-3): the report is issued within 5 working days of the panel.</summary>
    public const int PanelReportWorkingDays = 5;

    /// <summary>2006 regulations, review panel stage (docs/domain/complaints.md#stage-3): the authority responds within 15 working days of the report.</summary>
    public const int PanelResponseWorkingDays = 15;

    /// <summary>SPSO model complaints handling procedure (Scotland, social work since April 2017): frontline response within 5 working days.</summary>
    public const int SpsoFrontlineWorkingDays = 5;

    /// <summary>SPSO model complaints handling procedure: an investigation is answered within 20 working days; longer only by agreement, with a reason.</summary>
    public const int SpsoInvestigationWorkingDays = 20;

    /// <summary>SPSO model complaints handling procedure: an investigation is acknowledged within 3 working days of the request.</summary>
    public const int SpsoAcknowledgementWorkingDays = 3;

    /// <summary>The review panel is three independent people (regulation 19; docs/domain/complaints.md#stage-3).</summary>
    public const int PanelMembers = 3;
}
