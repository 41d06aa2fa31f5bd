namespace Participation.Modules.Surveys.Application;

/// <summary>The Surveys module's settings, under <c>Surveys</c>.</summary>
public sealed class SurveysOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Surveys";

    /// <summary>
    /// How many months after a survey closes its raw answers and links are kept (docs/domain/data-protection-and-retention.md#retention):
    /// 24 by default, the council's decision.
    /// </summary>
    public int RetentionMonthsAfterClose { get; set; } = 24;
}
