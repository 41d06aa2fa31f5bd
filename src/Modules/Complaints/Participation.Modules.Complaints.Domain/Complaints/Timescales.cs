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
}
