using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Forums;

/// <summary>The details a forum is created or updated with.</summary>
public interface IForumDetailsCommand
{
    /// <summary>The forum's name.</summary>
    string Name { get; }

    /// <summary>What kind of group it is.</summary>
    ForumKind Kind { get; }

    /// <summary>Its purpose and remit.</summary>
    string TermsOfReference { get; }

    /// <summary>Who it speaks for, main audience first.</summary>
    IReadOnlyList<Audience> Audiences { get; }

    /// <summary>The priority cohorts it represents.</summary>
    IReadOnlyList<PriorityCohort> Cohorts { get; }

    /// <summary>How often it meets.</summary>
    Cadence Cadence { get; }

    /// <summary>The officer who runs it.</summary>
    string LeadOfficer { get; }
}
