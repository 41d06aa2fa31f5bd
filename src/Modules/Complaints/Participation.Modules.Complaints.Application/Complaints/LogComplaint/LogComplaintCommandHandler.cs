using Participation.Modules.ReferenceData.Contracts;
using Mediator;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.LogComplaint;

internal sealed class LogComplaintCommandHandler(IComplaintRepository complaints, ComplaintsCalendar calendar, ComplaintProcedures procedures, ISender sender) : ICommandHandler<LogComplaintCommand, Guid>
{
    public async ValueTask<Guid> Handle(LogComplaintCommand command, CancellationToken cancellationToken)
    {
        await sender.EnsureKnownAsync([new ReferenceCode("serviceArea", ReferenceCodeKind.ServiceArea, command.ServiceArea)], cancellationToken);

        var complaint = Complaint.Receive(
            new ComplaintIntake(
                command.ReceivedOn,
                command.Channel,
                new Complainant(command.ComplainantKind, command.ChildCaseReference, command.OnBehalfOfChild, command.ChildAgrees),
                command.ServiceArea,
                command.Category,
                command.Summary.Trim(),
                [.. command.Points.Select(point => point.Trim())],
                command.GroundsOn,
                command.LateAcceptanceReason),
            procedures.For(command.Procedure ?? procedures.Default),
            calendar.Region,
            calendar.Now);
        complaints.Add(complaint);
        return complaint.Id.Value;
    }
}
