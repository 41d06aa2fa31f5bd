using System.ComponentModel.DataAnnotations;

namespace Participation.BuildingBlocks.Domain.Involvement;

/// <summary>
/// One element of Laura Lundy's model of Article 12 UNCRC: whether it was met, and the line of evidence that says so
/// (docs/domain/participation-models.md#lundy-model). A "yes" needs its evidence; a "no" may say why.
/// </summary>
/// <param name="Met">Whether the element was met.</param>
/// <param name="Evidence">What shows it; required when <paramref name="Met"/>.</param>
public sealed record LundyElement(bool Met, [property: MaxLength(LundyElement.EvidenceLength)] string? Evidence)
{
    /// <summary>The longest evidence line kept.</summary>
    public const int EvidenceLength = 500;
}

/// <summary>The four Lundy questions of one activity: space, voice, audience, influence.</summary>
/// <param name="Space">Were children given a safe, inclusive opportunity to form and express a view?</param>
/// <param name="Voice">Were they helped to express it, in the way they chose?</param>
/// <param name="Audience">Was the view listened to by someone with the responsibility and power to act on it?</param>
/// <param name="Influence">Was it acted on as appropriate, and were they told what happened and why?</param>
public sealed record LundyAssessment(LundyElement Space, LundyElement Voice, LundyElement Audience, LundyElement Influence)
{
    /// <summary>The elements by their codes, in the model's order.</summary>
    public IEnumerable<(string Element, LundyElement Answer)> InOrder() =>
        [("space", Space), ("voice", Voice), ("audience", Audience), ("influence", Influence)];
}
