using Mediator;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.RecordAdvocacyOffer;

/// <summary>Records the offer of an advocate (Children Act 1989 s.26A) and, when known, the answer.</summary>
public sealed record RecordAdvocacyOfferCommand(Guid ComplaintId, DateOnly OfferedOn, AdvocacyAnswer? Answer, string? Organisation, uint? ExpectedVersion) : ICommand;
