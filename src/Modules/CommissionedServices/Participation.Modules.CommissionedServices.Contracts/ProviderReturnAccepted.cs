using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.CommissionedServices.Contracts;

/// <summary>
/// A commissioner accepted a provider's participation return (docs/domain/participation-returns.md#events-out): what the
/// quarterly report needs, and no personal data; the "you said, we did" words are redacted before they leave.
/// </summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was accepted.</param>
/// <param name="ReturnId">The return.</param>
/// <param name="ProviderId">The provider.</param>
/// <param name="Period">The period's label.</param>
/// <param name="AcceptedOn">The day it was accepted.</param>
/// <param name="ServiceArea">The provider's (first) service area: where what changed belongs.</param>
/// <param name="Activities">Each activity's Hart rung and Lundy flags.</param>
/// <param name="Themes">Theme codes of what the provider heard.</param>
/// <param name="YouSaidWeDid">What changed, redacted, each with an id of its own.</param>
public sealed record ProviderReturnAccepted(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid ReturnId,
    Guid ProviderId,
    string Period,
    DateOnly AcceptedOn,
    string ServiceArea,
    IReadOnlyList<AcceptedActivity> Activities,
    IReadOnlyList<string> Themes,
    IReadOnlyList<AcceptedYouSaidWeDid> YouSaidWeDid) : IIntegrationEvent;

/// <summary>An accepted return's activity, as reports count it.</summary>
/// <param name="HartRung">Its rung on Hart's ladder.</param>
/// <param name="Space">Lundy: space met.</param>
/// <param name="Voice">Lundy: voice met.</param>
/// <param name="Audience">Lundy: audience met.</param>
/// <param name="Influence">Lundy: influence met.</param>
public sealed record AcceptedActivity(int HartRung, bool Space, bool Voice, bool Audience, bool Influence);

/// <summary>One "you said, we did" entry of an accepted return.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="Said">What was said, redacted.</param>
/// <param name="Did">What was done, redacted.</param>
public sealed record AcceptedYouSaidWeDid(Guid Id, string Said, string Did);
