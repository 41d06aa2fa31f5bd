namespace Participation.Modules.Forums.Domain.Members;

/// <summary>Who agreed to the member taking part and being recorded.</summary>
public enum ConsentGiver
{
    /// <summary>The member themselves (13 or over).</summary>
    Self,

    /// <summary>A parent or someone with parental responsibility.</summary>
    Parent,

    /// <summary>A carer: foster carer, residential key worker or kinship carer.</summary>
    Carer,

    /// <summary>The local authority as corporate parent, for a looked-after child where no one else can.</summary>
    SocialWorker,
}
