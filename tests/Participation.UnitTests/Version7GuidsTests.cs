using System.Globalization;
using Participation.BuildingBlocks.Domain;

namespace Participation.UnitTests;

public sealed class Version7GuidsTests
{
    private static readonly DateTimeOffset Timestamp = new(2026, 11, 23, 18, 30, 15, 123, TimeSpan.Zero);

    [Fact]
    public void Each_is_a_version_7_RFC_9562_uuid_carrying_the_timestamp_in_its_first_48_bits_as_Guid_CreateVersion7_does()
    {
        var guids = Version7Guids.Create(Timestamp, 1000);
        var reference = Guid.CreateVersion7(Timestamp);

        Assert.All(guids, guid =>
        {
            Assert.Equal(7, guid.Version);
            Assert.Equal(0b10, guid.Variant >> 2); // RFC 9562 variant: the top two bits of octet 8 are 10
            Assert.Equal(reference.ToString("N")[..12], guid.ToString("N")[..12]);
            Assert.Equal(Timestamp.ToUnixTimeMilliseconds(), long.Parse(guid.ToString("N")[..12], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public void They_are_all_different_and_sort_after_those_of_an_earlier_millisecond()
    {
        var earlier = Version7Guids.Create(Timestamp.AddMilliseconds(-1), 500);
        var later = Version7Guids.Create(Timestamp, 500);

        Assert.Equal(1000, earlier.Concat(later).Distinct().Count());
        Assert.True(string.CompareOrdinal(earlier.Max(guid => guid.ToString())!, later.Min(guid => guid.ToString())!) < 0);
    }

    [Fact]
    public void None_are_made_for_an_empty_batch() => Assert.Empty(Version7Guids.Create(Timestamp, 0));
}
