using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers;

/// <summary>
/// Tokens for links a case event schedules: HMAC-SHA256 of the invitation's id under a configured secret, so a
/// repeated event is answered with the same links while the table still holds only their SHA-256 hashes and cannot
/// open one without the secret (docs/domain/surveys.md#triggers, ADR 18).
/// </summary>
public sealed class TriggeredLinks(IOptions<SurveysOptions> options)
{
    private readonly byte[] _key = Convert.FromBase64String(options.Value.TriggerLinkKey);

    /// <summary>The token of the scheduled link <paramref name="invitation"/>: the same every time it is asked for.</summary>
    public string TokenFor(InvitationId invitation) => Base64Url.EncodeToString(HMACSHA256.HashData(_key, invitation.Value.ToByteArray()));

    /// <summary>A keyed hash over what an event says, so the table keeps no case reference.</summary>
    /// <remarks>
    /// The respondent's age and language are added only when given, so events received before there were any keep
    /// their fingerprints and are still recognised when posted again.
    /// </remarks>
    public byte[] Fingerprint(CaseEvent caseEvent, DateOnly eventDate, string? caseReference, RespondentGroups? respondent, int? age, string? language) =>
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(
            $"{caseEvent}\n{eventDate:yyyy-MM-dd}\n{caseReference}\n{respondent?.Audience}\n{respondent?.ServiceArea?.Trim()}\n{string.Join(',', (respondent?.Cohorts ?? []).Distinct().Order())}"
            + (age is null && language is null ? string.Empty : $"\n{age}\n{language}")));
}
