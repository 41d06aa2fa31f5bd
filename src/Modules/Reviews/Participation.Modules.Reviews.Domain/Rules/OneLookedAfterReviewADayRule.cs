using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Reviews.Domain.Rules;

/// <summary>
/// A child has one looked-after review on a given day: a second record of it would be a second line in the SSDA903
/// return (docs/domain/participation-codes.md#the-ssda903-extract).
/// </summary>
internal sealed class OneLookedAfterReviewADayRule(bool alreadyRecorded) : IBusinessRule
{
    public string Code => "reviews.already-recorded";

    public string Message => "A looked-after review of this child on this day is already recorded: correct that one instead.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => alreadyRecorded;
}
