using Mediator;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.SubmitReturn;

/// <summary>
/// Submits a provider's return: by its system (no version: the key is the provider's) or an officer on its behalf (with
/// the version read). The content's parts are the command's own, so a refusal names the field as the client sent it.
/// </summary>
public sealed record SubmitReturnCommand(
    Guid ProviderId,
    Guid ReturnId,
    uint? ExpectedVersion,
    string SubmittedBy,
    IReadOnlyList<ReturnActivity> Activities,
    string? Heard,
    IReadOnlyList<string> Themes,
    IReadOnlyList<ReturnYouSaidWeDid> YouSaidWeDid,
    IReadOnlyList<SelfAssessment> SelfAssessment) : ICommand
{
    /// <summary>The command for content as the API received it.</summary>
    public static SubmitReturnCommand Of(Guid providerId, Guid returnId, uint? expectedVersion, ReturnContent content, string submittedBy)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new SubmitReturnCommand(providerId, returnId, expectedVersion, submittedBy, content.Activities, content.Heard, content.Themes, content.YouSaidWeDid, content.SelfAssessment);
    }

    /// <summary>The content as the domain keeps it.</summary>
    public ReturnContent Content => new(Activities, Heard?.Trim(), Themes, YouSaidWeDid, SelfAssessment);
}
