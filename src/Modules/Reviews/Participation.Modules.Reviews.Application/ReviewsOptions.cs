namespace Participation.Modules.Reviews.Application;

/// <summary>The <c>Reviews</c> settings.</summary>
public sealed class ReviewsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Reviews";

    /// <summary>
    /// The share of children asked who should feel helped to give their views, as a percentage: Perth &amp; Kinross
    /// reports 80% (docs/domain/participation-codes.md#reports); a council sets its own.
    /// </summary>
    public double FeltHelpedBenchmark { get; set; } = 80;
}
