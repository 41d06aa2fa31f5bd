using Mapster;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Complaints.Application.Complaints;
using Participation.Modules.Complaints.Application.Compliments;
using Participation.Modules.Complaints.Domain.Compliments;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application;

/// <summary>Entity to response mappings, owned by the module.</summary>
internal static class Mappings
{
    public static TypeAdapterConfig Config { get; } = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.ForType<Complaint, ComplaintResponse>()
            .Map(response => response.Id, complaint => complaint.Id.Value)
            .Map(response => response.Etag, complaint => EntityTags.Of(complaint.Version))
            .Map(response => response.Stage1, complaint => new Stage1Response(
                complaint.Stage1.Deadline.Region,
                complaint.Stage1.Deadline.StartDate,
                complaint.Stage1.Deadline.WorkingDays,
                complaint.Stage1.Deadline.DueDate,
                complaint.Stage1.Extended == null ? null : complaint.Stage1.Extended.WorkingDays,
                complaint.Stage1.Extended == null ? null : complaint.Stage1.Extended.DueDate,
                complaint.Stage1.ExtensionReason,
                complaint.Stage1.DueDate,
                complaint.Stage1.RespondedOn,
                complaint.Stage1.WithinTimescale,
                complaint.Stage1.Outcome,
                complaint.Stage1.Response))
            .Map(response => response.Stage2, complaint => complaint.Stage2 == null ? null : new Stage2Response(
                complaint.Stage2.Deadline.Region,
                complaint.Escalation!.RequestedOn,
                complaint.Escalation.LateRequestReason,
                complaint.Escalation.InvestigatingOfficer,
                complaint.Escalation.IndependentPerson,
                complaint.Stage2.Deadline.StartDate,
                complaint.Stage2.Deadline.WorkingDays,
                complaint.Stage2.Deadline.DueDate,
                complaint.Stage2.Extended == null ? null : complaint.Stage2.Extended.WorkingDays,
                complaint.Stage2.Extended == null ? null : complaint.Stage2.Extended.DueDate,
                complaint.Stage2.ExtensionReason,
                complaint.Stage2.DueDate,
                complaint.Stage2.RespondedOn,
                complaint.Stage2.WithinTimescale,
                complaint.Stage2.Outcome,
                complaint.Stage2.Response,
                complaint.Stage2Acknowledgement == null ? null : complaint.Stage2Acknowledgement.Deadline.DueDate,
                complaint.Stage2Acknowledgement == null ? null : complaint.Stage2Acknowledgement.AcknowledgedOn,
                complaint.Stage2Acknowledgement == null ? null : complaint.Stage2Acknowledgement.OverdueOn))
            .Map(response => response.Stage3, complaint => complaint.Stage3 == null ? null : new Stage3Response(
                complaint.Stage3.PanelDeadline.Region,
                complaint.Stage3.RequestedOn,
                complaint.Stage3.Members,
                complaint.Stage3.PanelDeadline.DueDate,
                complaint.Stage3.HeldOn,
                complaint.Stage3.ReportDeadline == null ? null : complaint.Stage3.ReportDeadline.DueDate,
                complaint.Stage3.ReportIssuedOn,
                complaint.Stage3.ResponseDeadline == null ? null : complaint.Stage3.ResponseDeadline.DueDate,
                complaint.Stage3.RespondedOn,
                complaint.Stage3.WithinTimescale));
        config.ForType<Compliment, ComplimentResponse>()
            .Map(response => response.Id, compliment => compliment.Id.Value);
        config.Compile();
        return config;
    }
}
