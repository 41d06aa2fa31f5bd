using Participation.BuildingBlocks.Domain.Involvement;

namespace Participation.Modules.CommissionedServices.Domain.Returns;

/// <summary>
/// What the rules call out in a submission for the commissioner (docs/domain/participation-returns.md#flags): an
/// activity on a non-participation rung, influence claimed without evidence, and a principle scored above "emerging"
/// on thin evidence.
/// </summary>
public static class ReturnFlags
{
    /// <summary>Fewer characters of evidence than a sentence: a score above "emerging" on this is flagged.</summary>
    public const int ThinEvidence = 40;

    /// <summary>The longest flag: its code and the field it is about.</summary>
    public const int LongestFlag = 100;

    /// <summary>More flags than one return raises.</summary>
    public const int Most = 300;

    /// <summary>The flags, each a stable code with what it is about.</summary>
    public static IReadOnlyList<string> Of(ReturnContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var flags = new List<string>();
        for (var index = 0; index < content.Activities.Count; index++)
        {
            var activity = content.Activities[index];
            if (HartRung.IsNonParticipation(activity.HartRung))
            {
                flags.Add($"non-participation:activities[{index}]");
            }

            if (activity.Lundy.Influence.Met && string.IsNullOrWhiteSpace(activity.Lundy.Influence.Evidence))
            {
                flags.Add($"influence-without-evidence:activities[{index}]");
            }
        }

        flags.AddRange(content.SelfAssessment
            .Where(assessment => assessment.Score > PrincipleScore.Emerging && (assessment.Evidence?.Trim().Length ?? 0) < ThinEvidence)
            .Select(assessment => $"score-without-evidence:{assessment.Principle.ToString().ToLowerInvariant()}"));
        return flags;
    }
}
