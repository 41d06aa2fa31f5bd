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

    /// <summary>
    /// Seconds an instance remembers a published survey for answers sent through links: the longest a new version's
    /// open and close dates take to apply to them there. 0 reads it every time.
    /// </summary>
    public int PublishedSurveyCacheSeconds { get; set; } = 10;

    /// <summary>
    /// The secret (base64, at least 32 bytes) links scheduled by case events are derived from, so a repeated event gets
    /// the same links back though only their hashes are stored (docs/domain/surveys.md#triggers). Kept out of the
    /// database; changing it changes nothing already issued but the links a repeat would return.
    /// </summary>
    public string TriggerLinkKey { get; set; } = string.Empty;

    /// <summary>The smallest key accepted, in bytes.</summary>
    public const int MinTriggerLinkKeyBytes = 32;

    /// <summary>Whether <see cref="TriggerLinkKey"/> is base64 of at least <see cref="MinTriggerLinkKeyBytes"/> bytes.</summary>
    public bool HasUsableTriggerLinkKey()
    {
        var buffer = new byte[TriggerLinkKey.Length];
        return Convert.TryFromBase64String(TriggerLinkKey, buffer, out var written) && written >= MinTriggerLinkKeyBytes;
    }
}
