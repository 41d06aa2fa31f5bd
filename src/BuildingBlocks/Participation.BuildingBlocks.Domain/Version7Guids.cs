using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Participation.BuildingBlocks.Domain;

/// <summary>
/// Version 7 UUIDs (RFC 9562, section 5.7), many at a time: the layout of <see cref="Guid.CreateVersion7(DateTimeOffset)"/>,
/// but with the random bits of all of them drawn in one call to the system's secure random source. Drawn one Guid at a
/// time, a partner batch of a thousand items cost a thousand reads of /dev/urandom, a tenth of the request's CPU.
/// </summary>
public static class Version7Guids
{
    private const int Size = 16;

    /// <summary><paramref name="count"/> new version 7 UUIDs stamped with <paramref name="timestamp"/> to the millisecond.</summary>
    public static Guid[] Create(DateTimeOffset timestamp, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var milliseconds = timestamp.ToUnixTimeMilliseconds();
        ArgumentOutOfRangeException.ThrowIfNegative(milliseconds, nameof(timestamp));

        var random = new byte[count * Size];
        RandomNumberGenerator.Fill(random);
        Span<byte> timestampBytes = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(timestampBytes, milliseconds);

        var guids = new Guid[count];
        for (var index = 0; index < count; index++)
        {
            var bytes = random.AsSpan(index * Size, Size);
            timestampBytes[2..].CopyTo(bytes); // unix_ts_ms: 48 bits, big-endian
            bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F)); // version 7
            bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F)); // variant 10
            guids[index] = new Guid(bytes, bigEndian: true);
        }

        return guids;
    }
}
