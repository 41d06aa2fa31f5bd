using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;

namespace Participation.Modules.CommissionedServices.Domain.Returns;

/// <summary>What the commissioner decided about a submission.</summary>
public enum ReviewDecision
{
    /// <summary>Accepted.</summary>
    Accept,

    /// <summary>Returned with comments, for a resubmission.</summary>
    Return,
}

/// <summary>A commissioner's red-amber-green rating of a principle.</summary>
public enum Rag
{
    /// <summary>Red.</summary>
    Red,

    /// <summary>Amber.</summary>
    Amber,

    /// <summary>Green.</summary>
    Green,
}

/// <summary>The commissioner's rating of one principle, with a note.</summary>
/// <param name="Principle">The principle.</param>
/// <param name="Rating">Red, amber or green.</param>
/// <param name="Note">Why.</param>
public sealed record PrincipleRating(Principle Principle, Rag Rating, [property: MaxLength(TextLengths.Reason)] string? Note);

/// <summary>A commissioner's review of one submission, with the flags the rules raised on it.</summary>
/// <param name="Submission">The submission number reviewed.</param>
/// <param name="Decision">Accept or return.</param>
/// <param name="Ratings">A rating per principle.</param>
/// <param name="Comments">The commissioner's comments; required to return it.</param>
/// <param name="Flags">What the rules found in the submission (docs/domain/participation-returns.md#flags).</param>
/// <param name="ReviewedAt">When.</param>
/// <param name="ReviewedBy">Who reviewed it: the commissioner's account, or "commissioner" to the provider's system.</param>
public sealed record ReturnReview(
    int Submission,
    ReviewDecision Decision,
    [property: MaxLength(7)] IReadOnlyList<PrincipleRating> Ratings,
    [property: MaxLength(TextLengths.Statement)] string? Comments,
    [property: MaxLength(ReturnFlags.Most), ItemMaxLength(ReturnFlags.LongestFlag)] IReadOnlyList<string> Flags,
    DateTimeOffset ReviewedAt,
    [property: MaxLength(TextLengths.Name)] string ReviewedBy)
{
    /// <summary>Who reviewed it, as the provider's system is told.</summary>
    public const string ByCommissioner = "commissioner";
}

/// <summary>One submission of a return: kept as it was sent.</summary>
/// <param name="Number">1 for the first, 2 for a resubmission after it was returned, and so on.</param>
/// <param name="Content">What was submitted.</param>
/// <param name="SubmittedAt">When.</param>
/// <param name="SubmittedBy">"provider's system", or the officer who submitted on its behalf ("council officer" to the provider's system).</param>
public sealed record ReturnSubmission(int Number, ReturnContent Content, DateTimeOffset SubmittedAt, [property: MaxLength(TextLengths.Name)] string SubmittedBy)
{
    /// <summary>Who submitted it when the provider's own system did.</summary>
    public const string ByProviderSystem = "provider's system";

    /// <summary>Who submitted it when an officer did on the provider's behalf, as the provider's system is told.</summary>
    public const string ByCouncilOfficer = "council officer";
}
