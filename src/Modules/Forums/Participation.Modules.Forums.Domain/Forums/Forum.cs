using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Rules;

namespace Participation.Modules.Forums.Domain.Forums;

/// <summary>
/// A standing group through which children, young people, parents, carers or staff speak to the council: a Children
/// in Care Council, a parents' forum (docs/domain/forums.md#forums). Closed, never deleted: its meetings and items
/// stay attributable.
/// </summary>
public sealed class Forum : AggregateRoot<ForumId>
{
    private Forum()
    {
    }

    /// <summary>The forum's name.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>What kind of group it is.</summary>
    public ForumKind Kind { get; private set; }

    /// <summary>Its purpose and remit.</summary>
    public string TermsOfReference { get; private set; } = null!;

    /// <summary>Who it speaks for, the main audience first.</summary>
    public IReadOnlyList<Audience> Audiences { get; private set; } = [];

    /// <summary>The priority cohorts it represents.</summary>
    public IReadOnlyList<PriorityCohort> Cohorts { get; private set; } = [];

    /// <summary>How often it meets.</summary>
    public Cadence Cadence { get; private set; }

    /// <summary>The officer who runs it.</summary>
    public string LeadOfficer { get; private set; } = null!;

    /// <summary>The day it was closed; null while active.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Records a new forum.</summary>
    public static Forum Create(ForumDetails details)
    {
        var forum = new Forum { Id = new ForumId(Guid.CreateVersion7()) };
        forum.Apply(details);
        return forum;
    }

    /// <summary>Replaces what is recorded about an active forum.</summary>
    public void Update(ForumDetails details)
    {
        CheckRule(new ClosedForumCannotChangeRule(ClosedOn));
        Apply(details);
    }

    /// <summary>Closes the forum: no new members or meetings from now on.</summary>
    public void Close(DateOnly today)
    {
        CheckRule(new ClosedForumCannotChangeRule(ClosedOn));
        ClosedOn = today;
    }

    /// <summary>Refuses work for a closed forum.</summary>
    public void EnsureActive() => CheckRule(new ClosedForumCannotChangeRule(ClosedOn));

    private void Apply(ForumDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Name = details.Name;
        Kind = details.Kind;
        TermsOfReference = details.TermsOfReference;
        Audiences = [.. details.Audiences.Distinct()];
        Cohorts = [.. details.Cohorts.Distinct()];
        Cadence = details.Cadence;
        LeadOfficer = details.LeadOfficer;
    }
}
