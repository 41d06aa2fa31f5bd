using Mediator;

namespace Participation.Modules.Complaints.Application.Complaints.WithdrawComplaint;

/// <summary>Records that the complainant withdrew the complaint.</summary>
public sealed record WithdrawComplaintCommand(Guid ComplaintId, DateOnly WithdrawnOn, uint? ExpectedVersion) : ICommand;
