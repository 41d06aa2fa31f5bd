using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Complaints.Application.Complaints.GetComplaint;

/// <summary>One complaint with its version.</summary>
public sealed record GetComplaintQuery(Guid Id) : IQuery<Versioned<ComplaintResponse>>;
