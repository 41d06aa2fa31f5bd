namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>
/// Who may complain (Children Act 1989 s.26(3) and the 2006 England regulations): a looked-after child or child in
/// need, a parent or person with parental responsibility, a local authority foster carer, a care leaver, special
/// guardians, parties to adoption, an advocate on a child's behalf, anyone with sufficient interest.
/// </summary>
public enum ComplainantKind
{
    /// <summary>A child or young person.</summary>
    ChildOrYoungPerson,

    /// <summary>A parent or person with parental responsibility.</summary>
    Parent,

    /// <summary>A local authority foster carer.</summary>
    FosterCarer,

    /// <summary>A care leaver.</summary>
    CareLeaver,

    /// <summary>A special guardian.</summary>
    SpecialGuardian,

    /// <summary>A party to adoption.</summary>
    AdoptionParty,

    /// <summary>An advocate acting on a child's behalf.</summary>
    Advocate,

    /// <summary>Anyone the authority judges to have sufficient interest.</summary>
    OtherWithSufficientInterest,
}

/// <summary>The procedure a complaint is handled under (configuration of the deployment, or chosen per complaint).</summary>
public enum ComplaintProcedure
{
    /// <summary>Children Act 1989 Representations Procedure (England) Regulations 2006.</summary>
    Statutory2006,

    /// <summary>The Scottish Public Services Ombudsman's model complaints handling procedure.</summary>
    SpsoModel,

    /// <summary>The council's corporate procedure.</summary>
    Corporate,
}

/// <summary>Where a complaint stands.</summary>
public enum ComplaintStatus
{
    /// <summary>Stage 1 (local resolution) is open.</summary>
    Stage1,

    /// <summary>Stage 1 has been answered.</summary>
    Stage1Responded,

    /// <summary>Stage 2 (investigation) is open.</summary>
    Stage2,

    /// <summary>Stage 2 has been answered with the senior manager's adjudication.</summary>
    Stage2Responded,

    /// <summary>Stage 3 (review panel) is under way.</summary>
    Stage3,

    /// <summary>The authority has responded to the panel's report.</summary>
    Stage3Responded,

    /// <summary>The complainant withdrew it.</summary>
    Withdrawn,

    /// <summary>The local procedure is finished.</summary>
    Closed,
}

/// <summary>The Local Government and Social Care Ombudsman's decision.</summary>
public enum OmbudsmanDecision
{
    /// <summary>No fault found.</summary>
    NoFault,

    /// <summary>Fault, without injustice.</summary>
    Fault,

    /// <summary>Fault causing injustice.</summary>
    FaultCausingInjustice,
}

/// <summary>The finding on one point of complaint.</summary>
public enum Finding
{
    /// <summary>Upheld.</summary>
    Upheld,

    /// <summary>Partly upheld.</summary>
    PartlyUpheld,

    /// <summary>Not upheld.</summary>
    NotUpheld,
}

/// <summary>The answer to the offer of an advocate.</summary>
public enum AdvocacyAnswer
{
    /// <summary>Accepted.</summary>
    Accepted,

    /// <summary>Declined.</summary>
    Declined,
}
