namespace Participation.BuildingBlocks.Domain.Vocabulary;

/// <summary>How a view reached the council (docs/domain/vocabularies-and-themes.md#channels).</summary>
public enum Channel
{
    /// <summary>An online form.</summary>
    OnlineForm,

    /// <summary>A paper form.</summary>
    PaperForm,

    /// <summary>A telephone call.</summary>
    Telephone,

    /// <summary>Face to face, or an interview.</summary>
    FaceToFace,

    /// <summary>An email.</summary>
    Email,

    /// <summary>A letter.</summary>
    Letter,

    /// <summary>An app, e.g. a children's views app.</summary>
    App,

    /// <summary>A partner system posting over HTTP.</summary>
    PartnerSystem,

    /// <summary>A forum meeting.</summary>
    ForumMeeting,
}
