namespace Participation.Modules.Surveys.Domain.Invitations;

/// <summary>How many answers a link takes (docs/domain/surveys.md#invitations).</summary>
public enum InvitationKind
{
    /// <summary>One answer, from one person; may name a pseudonymous case reference.</summary>
    SingleUse,

    /// <summary>Any number of answers, for anonymous surveys only (a poster, a newsletter, a youth club).</summary>
    Open,
}
