using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Domain.Rules;

namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>
/// A complaint under the children's social care complaints procedure: who made it, its points, the s.26A advocacy
/// offer, and each stage's statutory clock. Every transition is a method guarded by rule objects.
/// </summary>
public sealed class Complaint : AggregateRoot<ComplaintId>
{
    private readonly List<ComplaintPoint> _points = [];

    private Complaint()
    {
    }

    /// <summary>The day it was received.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>How it was received.</summary>
    public Channel Channel { get; private set; }

    /// <summary>Who complained.</summary>
    public Complainant Complainant { get; private set; } = null!;

    /// <summary>The service area it concerns (code).</summary>
    public string ServiceArea { get; private set; } = null!;

    /// <summary>The category of complaint (the council's own list).</summary>
    public string Category { get; private set; } = null!;

    /// <summary>A short summary, free of names.</summary>
    public string Summary { get; private set; } = null!;

    /// <summary>The procedure it is handled under.</summary>
    public ComplaintProcedure Procedure { get; private set; }

    /// <summary>When the grounds arose, if known.</summary>
    public DateOnly? GroundsOn { get; private set; }

    /// <summary>Why a complaint made more than 12 months after its grounds was accepted.</summary>
    public string? LateAcceptanceReason { get; private set; }

    /// <summary>The points of complaint.</summary>
    public IReadOnlyList<ComplaintPoint> Points => _points;

    /// <summary>The advocacy offer, once recorded.</summary>
    public AdvocacyOffer? Advocacy { get; private set; }

    /// <summary>Where it stands.</summary>
    public ComplaintStatus Status { get; private set; }

    /// <summary>Stage 1's clock.</summary>
    public StageClock Stage1 { get; private set; } = null!;

    /// <summary>When stage 1 was answered.</summary>
    public DateOnly? Stage1RespondedOn { get; private set; }

    /// <summary>The remedy or action stage 1 offered.</summary>
    public string? Stage1Remedy { get; private set; }

    /// <summary>When stage 1 was first found overdue; set once, so the overdue event is published once.</summary>
    public DateOnly? Stage1OverdueOn { get; private set; }

    /// <summary>Records a complaint received; its stage 1 clock starts by the working-day calendar of <paramref name="region"/>.</summary>
    public static Complaint Receive(ComplaintIntake intake, CalendarRegion region, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intake);
        CheckRule(new ReceiptNotInFutureRule(intake.ReceivedOn, DateOnly.FromDateTime(now.UtcDateTime)));
        CheckRule(new LateComplaintNeedsDecisionRule(intake.GroundsOn, intake.ReceivedOn, intake.LateAcceptanceReason));
        CheckRule(new ChildAgreementRecordedRule(intake.Complainant.OnBehalfOfChild, intake.Complainant.ChildAgrees));

        var complaint = new Complaint
        {
            Id = new ComplaintId(Guid.CreateVersion7()),
            ReceivedOn = intake.ReceivedOn,
            Channel = intake.Channel,
            Complainant = intake.Complainant,
            ServiceArea = intake.ServiceArea,
            Category = intake.Category,
            Summary = intake.Summary,
            Procedure = intake.Procedure,
            GroundsOn = intake.GroundsOn,
            LateAcceptanceReason = intake.LateAcceptanceReason,
            Status = ComplaintStatus.Stage1,
            // Regulation 14 (local resolution): 10 working days from receipt.
            Stage1 = new StageClock(WorkingDays.Deadline(intake.ReceivedOn, Timescales.Stage1WorkingDays, region)),
        };
        complaint._points.AddRange(intake.Points.Select((point, index) => new ComplaintPoint(index + 1, point)));
        complaint.Raise(new ComplaintReceivedDomainEvent(complaint.Id, now));
        return complaint;
    }

    /// <summary>Records the offer of an advocate (Children Act 1989 s.26A) and, when known, the answer.</summary>
    public void RecordAdvocacyOffer(AdvocacyOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        CheckRule(new NothingBeforeReceiptRule("advocacy offer", offer.OfferedOn, ReceivedOn));
        Advocacy = offer;
    }

    /// <summary>Extends stage 1 once, to at most 20 working days from the start, decided on or before the original due date.</summary>
    public void ExtendStage1(int workingDays, string reason, DateOnly decidedOn, CalendarRegion region)
    {
        CheckRule(new StageOpenRule(1, Status == ComplaintStatus.Stage1));
        CheckRule(new OneExtensionRule(Stage1.Extended is not null));
        CheckRule(new ExtensionWithinStatutoryMaximumRule(workingDays, Timescales.Stage1WorkingDays, Timescales.Stage1MaximumWorkingDays));
        CheckRule(new NothingBeforeReceiptRule("extension", decidedOn, ReceivedOn));
        CheckRule(new ExtensionBeforeDueDateRule(decidedOn, Stage1.Deadline.DueDate));
        Stage1.Extend(WorkingDays.Deadline(ReceivedOn, workingDays, region), reason);
    }

    /// <summary>Answers stage 1 with a finding on every point and the remedy or action offered.</summary>
    public void RespondToStage1(DateOnly respondedOn, IReadOnlyDictionary<int, Finding> findings, string? remedy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(findings);
        CheckRule(new StageOpenRule(1, Status == ComplaintStatus.Stage1));
        CheckRule(new NothingBeforeReceiptRule("response", respondedOn, ReceivedOn));
        CheckRule(new AdvocateOfferedToChildRule(Complainant.IsChild, Advocacy is not null));
        CheckRule(new EveryPointHasAFindingRule(_points.Select(point => point.Number).ToHashSet(), findings.Keys.ToHashSet()));

        foreach (var point in _points)
        {
            point.RecordStage1Finding(findings[point.Number]);
        }

        Stage1RespondedOn = respondedOn;
        Stage1Remedy = remedy;
        Status = ComplaintStatus.Stage1Responded;
        Raise(new ComplaintStageRespondedDomainEvent(Id, 1, now));
    }

    /// <summary>Whether stage 1 was answered on or before its due date (extended where extended).</summary>
    public bool? Stage1WithinTimescale => Stage1RespondedOn is { } respondedOn ? respondedOn <= Stage1.DueDate : null;

    /// <summary>The stage 1 outcome across the points: upheld if all were, not upheld if none was, otherwise partly upheld.</summary>
    public Finding? Stage1Outcome =>
        _points.Count == 0 || _points.Any(point => point.Stage1Finding is null) ? null
        : _points.All(point => point.Stage1Finding == Finding.Upheld) ? Finding.Upheld
        : _points.All(point => point.Stage1Finding == Finding.NotUpheld) ? Finding.NotUpheld
        : Finding.PartlyUpheld;

    /// <summary>Marks stage 1 overdue the first time it is found past its due date; false when there is nothing new to mark.</summary>
    public bool MarkOverdue(DateOnly today, DateTimeOffset now)
    {
        if (!IsOverdue(today) || Stage1OverdueOn is not null)
        {
            return false;
        }

        Stage1OverdueOn = today;
        Raise(new ComplaintStageOverdueDomainEvent(Id, 1, Stage1.DueDate, now));
        return true;
    }

    /// <summary>Whether the open stage's due date has passed by <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => Status == ComplaintStatus.Stage1 && Stage1.DueDate < today;
}

/// <summary>What is recorded when a complaint is received.</summary>
public sealed record ComplaintIntake(
    DateOnly ReceivedOn,
    Channel Channel,
    Complainant Complainant,
    string ServiceArea,
    string Category,
    string Summary,
    IReadOnlyList<string> Points,
    ComplaintProcedure Procedure,
    DateOnly? GroundsOn,
    string? LateAcceptanceReason);

/// <summary>A complaint was received.</summary>
public sealed record ComplaintReceivedDomainEvent(ComplaintId ComplaintId, DateTimeOffset OccurredOn) : IDomainEvent;

/// <summary>A stage was answered.</summary>
public sealed record ComplaintStageRespondedDomainEvent(ComplaintId ComplaintId, int Stage, DateTimeOffset OccurredOn) : IDomainEvent;

/// <summary>A stage passed its due date unanswered.</summary>
public sealed record ComplaintStageOverdueDomainEvent(ComplaintId ComplaintId, int Stage, DateOnly DueDate, DateTimeOffset OccurredOn) : IDomainEvent;
