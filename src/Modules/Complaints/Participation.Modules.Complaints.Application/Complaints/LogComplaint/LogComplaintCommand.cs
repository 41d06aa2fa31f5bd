using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.LogComplaint;

/// <summary>Records a complaint received; its stage 1 clock starts.</summary>
public sealed record LogComplaintCommand(
    DateOnly ReceivedOn,
    Channel Channel,
    ComplainantKind ComplainantKind,
    string? ChildCaseReference,
    bool OnBehalfOfChild,
    bool? ChildAgrees,
    string ServiceArea,
    string Category,
    string Summary,
    IReadOnlyList<string> Points,
    ComplaintProcedure? Procedure,
    DateOnly? GroundsOn,
    string? LateAcceptanceReason) : ICommand<Guid>;
