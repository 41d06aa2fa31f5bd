namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>
/// The numbers of one complaints procedure, in one place: each stage's working days and the most an extension may
/// allow (null: no fixed maximum, a reason is still required), the window for asking for stage 2 (null: none),
/// whether stage 2 must first be acknowledged and within how many working days (null: no acknowledgement clock), and
/// whether a review panel follows. The aggregate takes them per transition, so no handler branches on the procedure.
/// </summary>
public sealed record ProcedureTimescales(
    ComplaintProcedure Procedure,
    int Stage1WorkingDays,
    int Stage1MaximumWorkingDays,
    int Stage2WorkingDays,
    int? Stage2MaximumWorkingDays,
    int? EscalationWindowWorkingDays,
    bool HasReviewPanel,
    int? Stage2AcknowledgementWorkingDays = null)
{
    /// <summary>Children Act 1989 Representations Procedure (England) Regulations 2006 (see <see cref="Timescales"/>).</summary>
    public static ProcedureTimescales Statutory2006 { get; } = new(
        ComplaintProcedure.Statutory2006,
        Timescales.Stage1WorkingDays,
        Timescales.Stage1MaximumWorkingDays,
        Timescales.Stage2WorkingDays,
        Timescales.Stage2MaximumWorkingDays,
        Timescales.Stage2RequestWorkingDays,
        HasReviewPanel: true);

    /// <summary>
    /// The SPSO model (docs/domain/complaints.md#spso-model): frontline 5 working days, not extended here as the model sets no extended limit;
    /// investigation acknowledged within 3 and answered within 20 working days, longer only with a reason; no review
    /// panel (the next step is the SPSO).
    /// </summary>
    public static ProcedureTimescales SpsoModel { get; } = new(
        ComplaintProcedure.SpsoModel,
        Timescales.SpsoFrontlineWorkingDays,
        Timescales.SpsoFrontlineWorkingDays,
        Timescales.SpsoInvestigationWorkingDays,
        Stage2MaximumWorkingDays: null,
        EscalationWindowWorkingDays: null,
        HasReviewPanel: false,
        Stage2AcknowledgementWorkingDays: Timescales.SpsoAcknowledgementWorkingDays);
}
