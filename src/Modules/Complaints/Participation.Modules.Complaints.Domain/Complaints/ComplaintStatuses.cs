namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>What a status says about the procedure.</summary>
public static class ComplaintStatuses
{
    /// <summary>Whether a stage is open and running against its clock.</summary>
    public static bool HasStageOpen(this ComplaintStatus status) =>
        status is ComplaintStatus.Stage1 or ComplaintStatus.Stage2 or ComplaintStatus.Stage3;

    /// <summary>Whether the procedure is over (withdrawn or closed).</summary>
    public static bool IsClosed(this ComplaintStatus status) =>
        status is ComplaintStatus.Withdrawn or ComplaintStatus.Closed;

    /// <summary>The status in words, for messages: <c>Stage2Responded</c> is "stage 2 answered".</summary>
    public static string InWords(this ComplaintStatus status) => status switch
    {
        ComplaintStatus.Stage1 => "at stage 1",
        ComplaintStatus.Stage1Responded => "stage 1 answered",
        ComplaintStatus.Stage2 => "at stage 2",
        ComplaintStatus.Stage2Responded => "stage 2 answered",
        ComplaintStatus.Stage3 => "at the review panel",
        ComplaintStatus.Stage3Responded => "review panel answered",
        ComplaintStatus.Withdrawn => "withdrawn",
        _ => "closed",
    };
}
