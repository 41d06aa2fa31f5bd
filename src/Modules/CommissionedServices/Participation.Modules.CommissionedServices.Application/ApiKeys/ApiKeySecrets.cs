using System.Buffers.Text;
using System.Security.Cryptography;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys;

/// <summary>
/// Partner keys look like <c>pk_{prefix}_{secret}</c>: the prefix finds the key, the secret (256 random bits) proves it.
/// Only SHA-256 of the secret is stored: with that much entropy a fast hash is enough, and it keeps every request cheap.
/// </summary>
public static class ApiKeySecrets
{
    private const string Scheme = "pk";
    private const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    /// <summary>The length of a key's public prefix.</summary>
    public const int PrefixLength = 10;

    /// <summary>The length of a whole key: <c>pk_</c>, the prefix, <c>_</c> and 32 random bytes in unpadded base64url.</summary>
    public const int KeyLength = 3 + PrefixLength + 1 + 43;

    /// <summary>A new key: its public prefix, the whole key to show once, and the hash to store.</summary>
    public static (string Prefix, string Key, byte[] SecretHash) Generate()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixAlphabet, PrefixLength);
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (prefix, $"{Scheme}_{prefix}_{secret}", Hash(secret));
    }

    /// <summary>Splits a presented key into prefix and secret; false when it is not of our shape.</summary>
    public static bool TryParse(string? key, out string prefix, out string secret)
    {
        prefix = secret = string.Empty;
        var parts = key?.Split('_', 3);
        if (parts is not [Scheme, { Length: PrefixLength } keyPrefix, { Length: > 0 } keySecret])
        {
            return false;
        }

        (prefix, secret) = (keyPrefix, keySecret);
        return true;
    }

    /// <summary>The stored form of a secret.</summary>
    public static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

    /// <summary>Compares a presented secret with a stored hash in constant time.</summary>
    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);
}
