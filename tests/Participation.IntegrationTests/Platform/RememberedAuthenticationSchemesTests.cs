using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Participation.Host;

namespace Participation.IntegrationTests.Platform;

public sealed class RememberedAuthenticationSchemesTests
{
    [Fact]
    public async Task Answers_are_remembered_until_a_scheme_is_added_or_removed()
    {
        var options = new AuthenticationOptions();
        options.AddScheme<CookieAuthenticationHandler>("first", null);
        var schemes = new RememberedAuthenticationSchemes(Options.Create(options));

        Assert.Same(await schemes.GetDefaultAuthenticateSchemeAsync(), await schemes.GetSchemeAsync("first"));
        Assert.Same(schemes.GetSchemeAsync("first"), schemes.GetSchemeAsync("first"));
        Assert.Same(schemes.GetRequestHandlerSchemesAsync(), schemes.GetRequestHandlerSchemesAsync());
        Assert.Null(await schemes.GetSchemeAsync("second"));

        schemes.AddScheme(new AuthenticationScheme("second", null, typeof(CookieAuthenticationHandler)));

        Assert.Equal("second", (await schemes.GetSchemeAsync("second"))?.Name);
        // With two schemes and no default named, there is no default any more.
        Assert.Null(await schemes.GetDefaultAuthenticateSchemeAsync());

        schemes.RemoveScheme("second");

        Assert.Null(await schemes.GetSchemeAsync("second"));
        Assert.Equal("first", (await schemes.GetDefaultAuthenticateSchemeAsync())?.Name);
    }
}
