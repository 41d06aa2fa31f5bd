using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application;

/// <summary>
/// The deployment's complaints procedure (configuration <c>Complaints:Procedure</c>: statutory2006, spso-model or
/// corporate) and the timescales of each: the 2006 regulations' and the SPSO model's are fixed; the council's
/// corporate procedure is used only when its timescales are configured under <c>Complaints:Corporate</c>.
/// </summary>
internal sealed class ComplaintProcedures(IOptions<ComplaintsOptions> options)
{
    public ComplaintProcedure Default => options.Value.Procedure;

    public ProcedureTimescales For(ComplaintProcedure procedure) => procedure switch
    {
        ComplaintProcedure.Statutory2006 => ProcedureTimescales.Statutory2006,
        ComplaintProcedure.SpsoModel => ProcedureTimescales.SpsoModel,
        _ => options.Value.Corporate is { } corporate
            ? new ProcedureTimescales(
                ComplaintProcedure.Corporate,
                corporate.Stage1WorkingDays,
                corporate.Stage1MaximumWorkingDays,
                corporate.Stage2WorkingDays,
                corporate.Stage2MaximumWorkingDays,
                EscalationWindowWorkingDays: null,
                HasReviewPanel: false)
            : throw new ValidationException([new ValidationFailure("procedure", "The corporate procedure is not configured for this deployment.")]),
    };
}

/// <summary>Configuration section <c>Complaints</c>.</summary>
public sealed class ComplaintsOptions
{
    /// <summary>The section.</summary>
    public const string Section = "Complaints";

    /// <summary>The procedure a complaint runs under when intake names none.</summary>
    public ComplaintProcedure Procedure { get; set; } = ComplaintProcedure.Statutory2006;

    /// <summary>The council's corporate procedure's timescales, if it has one.</summary>
    public CorporateTimescales? Corporate { get; set; }
}

/// <summary>The council's corporate procedure: working days for each of its two stages, and their maximum when extended.</summary>
public sealed class CorporateTimescales
{
    /// <summary>Stage 1 working days.</summary>
    public int Stage1WorkingDays { get; set; }

    /// <summary>The most stage 1 may be extended to.</summary>
    public int Stage1MaximumWorkingDays { get; set; }

    /// <summary>Stage 2 working days.</summary>
    public int Stage2WorkingDays { get; set; }

    /// <summary>The most stage 2 may be extended to; empty for no fixed maximum.</summary>
    public int? Stage2MaximumWorkingDays { get; set; }
}
