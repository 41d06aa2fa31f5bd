using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;

namespace Participation.Host;

/// <summary>
/// Reads the token out of <c>Authorization: Bearer …</c> as the bearer handler would, but remembers it by header, so a
/// program sending the same header all day does not have its token copied out of the header on every request. Only
/// the string is remembered: the token is still validated, or found among the validated ones, on every request.
/// </summary>
internal sealed class BearerHeaderTokens(IMemoryCache tokens)
{
    private const string Scheme = "Bearer ";

    private static readonly MemoryCacheEntryOptions Remembered = new() { SlidingExpiration = TimeSpan.FromMinutes(5), Size = 1 };

    /// <summary>Whether the request sends <c>Authorization: Bearer …</c>, read as the bearer handler reads it.</summary>
    public static bool Carries(HttpRequest request) => IsBearer(request.Headers.Authorization.ToString());

    public Task OnMessageReceived(MessageReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        if (IsBearer(header))
        {
            if (!tokens.TryGetValue(header, out string? token))
            {
                token = header[Scheme.Length..].Trim();
                tokens.Set(header, token, Remembered);
            }

            context.Token = token;
        }

        return Task.CompletedTask;
    }

    private static bool IsBearer(string header) => header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);
}
