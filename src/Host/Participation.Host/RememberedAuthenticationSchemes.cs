using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Participation.Host;

/// <summary>
/// ASP.NET Core's scheme provider with its answers remembered as completed tasks: the provider it extends wraps the
/// same in-memory answer in a new task on every call, several times a request. Adding or removing a scheme forgets
/// everything remembered, so a lookup never answers from before the change.
/// </summary>
internal sealed class RememberedAuthenticationSchemes(IOptions<AuthenticationOptions> options) : AuthenticationSchemeProvider(options)
{
    // Swapped whole on a change: a lookup that raced the change can only have written into the set just dropped.
    private volatile Remembered _remembered = new();

    public override Task<AuthenticationScheme?> GetSchemeAsync(string name) =>
        _remembered.ByName.GetOrAdd(name, static (name, schemes) => schemes.BaseScheme(name), this);

    public override Task<AuthenticationScheme?> GetDefaultAuthenticateSchemeAsync() =>
        _remembered.Authenticate ??= base.GetDefaultAuthenticateSchemeAsync();

    public override Task<AuthenticationScheme?> GetDefaultChallengeSchemeAsync() =>
        _remembered.Challenge ??= base.GetDefaultChallengeSchemeAsync();

    public override Task<AuthenticationScheme?> GetDefaultForbidSchemeAsync() =>
        _remembered.Forbid ??= base.GetDefaultForbidSchemeAsync();

    public override Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync() =>
        _remembered.RequestHandlers ??= base.GetRequestHandlerSchemesAsync();

    public override void AddScheme(AuthenticationScheme scheme)
    {
        base.AddScheme(scheme);
        Forget();
    }

    public override bool TryAddScheme(AuthenticationScheme scheme)
    {
        var added = base.TryAddScheme(scheme);
        Forget();
        return added;
    }

    public override void RemoveScheme(string name)
    {
        base.RemoveScheme(name);
        Forget();
    }

    private Task<AuthenticationScheme?> BaseScheme(string name) => base.GetSchemeAsync(name);

    private void Forget() => _remembered = new Remembered();

    private sealed class Remembered
    {
        public readonly ConcurrentDictionary<string, Task<AuthenticationScheme?>> ByName = new(StringComparer.Ordinal);
        public Task<AuthenticationScheme?>? Authenticate;
        public Task<AuthenticationScheme?>? Challenge;
        public Task<AuthenticationScheme?>? Forbid;
        public Task<IEnumerable<AuthenticationScheme>>? RequestHandlers;
    }
}
