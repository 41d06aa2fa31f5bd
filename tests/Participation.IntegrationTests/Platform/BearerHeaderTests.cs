using System.Net;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>The bearer token is read out of the header as the bearer handler reads it, whether or not it was seen before.</summary>
public sealed class BearerHeaderTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Themes = "/api/v1/reference-data/themes";

    [Theory]
    [InlineData("Bearer {0}", HttpStatusCode.OK)]
    [InlineData("bearer {0}", HttpStatusCode.OK)]
    [InlineData("Bearer   {0}  ", HttpStatusCode.OK)]
    [InlineData("Bearer {0}x", HttpStatusCode.Unauthorized)]
    [InlineData("Bearer ", HttpStatusCode.Unauthorized)]
    [InlineData("Basic {0}", HttpStatusCode.Unauthorized)]
    [InlineData("{0}", HttpStatusCode.Unauthorized)]
    public async Task A_header_is_answered_the_same_the_first_time_and_after(string header, HttpStatusCode expected)
    {
        var client = api.Factory.CreateClient();
        var value = string.Format(System.Globalization.CultureInfo.InvariantCulture, header, ParticipationApiFactory.Token(Roles.Administrator));

        foreach (var attempt in new[] { 1, 2 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, Themes);
            Assert.True(request.Headers.TryAddWithoutValidation("Authorization", value));
            var response = await client.SendAsync(request);
            Assert.True(expected == response.StatusCode, $"attempt {attempt}: {response.StatusCode}");
        }
    }
}
