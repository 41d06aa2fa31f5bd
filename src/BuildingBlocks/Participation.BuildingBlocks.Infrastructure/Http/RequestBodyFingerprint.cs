using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// The SHA-256 of a request body exactly as it arrived, computed while the endpoint's binding reads it: what an
/// <c>Idempotency-Key</c> is compared against (same key, other body: 422). Hashing the bytes as they stream costs a
/// fraction of serialising the bound request again, which for a 1,000-item batch was a tenth of the request.
/// </summary>
public sealed class RequestBodyFingerprint : IDisposable
{
    private readonly SHA256 _hash = SHA256.Create();
    private readonly CryptoStream _body;

    private RequestBodyFingerprint(Stream body) => _body = new CryptoStream(body, _hash, CryptoStreamMode.Read, leaveOpen: true);

    /// <summary>The hash of the whole body; reads whatever binding left unread, so it never covers less than all of it.</summary>
    public async Task<byte[]> ComputeAsync(CancellationToken cancellationToken)
    {
        await _body.CopyToAsync(Stream.Null, cancellationToken);
        return _hash.Hash!;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _body.Dispose();
        _hash.Dispose();
    }

    /// <summary>Hashes the request's body from here on, as whatever comes next reads it.</summary>
    internal static void Attach(HttpContext context)
    {
        var fingerprint = new RequestBodyFingerprint(context.Request.Body);
        context.Response.RegisterForDispose(fingerprint);
        context.Features.Set(fingerprint);
        context.Request.Body = fingerprint._body;
    }
}
