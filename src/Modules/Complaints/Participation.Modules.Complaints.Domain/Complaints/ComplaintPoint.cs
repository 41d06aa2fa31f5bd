namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>One point of complaint; each gets its own finding when the stage is answered.</summary>
public sealed class ComplaintPoint
{
    private ComplaintPoint()
    {
    }

    internal ComplaintPoint(int number, string description)
    {
        Number = number;
        Description = description;
    }

    /// <summary>1, 2, 3 … in the order the complainant raised them.</summary>
    public int Number { get; private set; }

    /// <summary>What the point is.</summary>
    public string Description { get; private set; } = null!;

    /// <summary>The stage 1 finding.</summary>
    public Finding? Stage1Finding { get; private set; }

    /// <summary>The stage 2 finding.</summary>
    public Finding? Stage2Finding { get; private set; }

    internal void RecordFinding(int stage, Finding finding)
    {
        if (stage == 1)
        {
            Stage1Finding = finding;
        }
        else
        {
            Stage2Finding = finding;
        }
    }
}
