using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Participation.Modules.Surveys.Application.Invitations;

/// <summary>
/// Link tokens: 256 random bits, URL-safe, shown once; only their SHA-256 is stored, so the table cannot open a link
/// (docs/domain/surveys.md#invitations).
/// </summary>
public static class InvitationTokens
{
    /// <summary>The length of a token: 32 bytes in unpadded base64url.</summary>
    public const int Length = 43;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>A hash over the token and an answer: recognisable again only by whoever holds the token.</summary>
    public static byte[] Fingerprint(string token, string canonicalAnswer) => SHA256.HashData(Encoding.UTF8.GetBytes($"{token}\n{canonicalAnswer}"));
}
