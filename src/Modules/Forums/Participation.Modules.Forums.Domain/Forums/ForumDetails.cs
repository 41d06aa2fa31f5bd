using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Forums.Domain.Forums;

/// <summary>What an officer records about a forum.</summary>
/// <param name="Name">The forum's name.</param>
/// <param name="Kind">What kind of group it is.</param>
/// <param name="TermsOfReference">Its purpose and remit.</param>
/// <param name="Audiences">Who it speaks for, the main audience first.</param>
/// <param name="Cohorts">The priority cohorts it represents.</param>
/// <param name="Cadence">How often it meets.</param>
/// <param name="LeadOfficer">The officer who runs it.</param>
public sealed record ForumDetails(
    string Name,
    ForumKind Kind,
    string TermsOfReference,
    IReadOnlyList<Audience> Audiences,
    IReadOnlyList<PriorityCohort> Cohorts,
    Cadence Cadence,
    string LeadOfficer);
