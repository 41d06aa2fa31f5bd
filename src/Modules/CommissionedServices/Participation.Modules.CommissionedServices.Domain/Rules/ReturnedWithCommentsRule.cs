using Participation.BuildingBlocks.Domain;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A return sent back says what to change.</summary>
internal sealed class ReturnedWithCommentsRule(ReviewDecision decision, string? comments) : IBusinessRule
{
    public string Code => "commissioned-services.returns.comments-required";

    public string Message => "A return sent back for resubmission needs the commissioner's comments.";

    public bool IsBroken() => decision == ReviewDecision.Return && string.IsNullOrWhiteSpace(comments);
}
