using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A view cannot have been received after it reached us (a day's grace covers time zones).</summary>
internal sealed class FeedbackCannotBeReceivedInTheFutureRule(DateOnly receivedOn, DateTimeOffset now) : IBusinessRule
{
    public string Code => "commissioned-services.received-in-future";

    public string Message => "receivedOn is in the future.";

    public bool IsBroken() => receivedOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
}
