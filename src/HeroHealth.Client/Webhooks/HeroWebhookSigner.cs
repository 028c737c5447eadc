using System.Security.Cryptography;
using System.Text;

namespace HeroHealth.Client;

/// <summary>
/// Produces Hero's webhook signature: HMAC-SHA256 keyed with the signing key (UTF-8) over the UTF-8 bytes of
/// <c>"{timestamp}.{raw body}"</c>, as lowercase hex. Hero documents the key, the HMAC and the signed text; the hex
/// encoding is <b>the SDK's assumption</b> (Hero does not document it; <see cref="HeroWebhookVerifier"/> also accepts
/// Base64). For your tests and local fakes; Hero signs real deliveries.
/// </summary>
public static class HeroWebhookSigner
{
    /// <summary>Signs a delivery.</summary>
    /// <param name="signingKey">The webhook's signing key.</param>
    /// <param name="timestamp">The exact <c>X-Herohealth-Timestamp</c> header value.</param>
    /// <param name="body">The exact raw body bytes.</param>
    /// <returns>The signature, lowercase hex.</returns>
    public static string Sign(string signingKey, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingKey);
        ArgumentNullException.ThrowIfNull(timestamp);
        return Convert.ToHexString(Compute(Encoding.UTF8.GetBytes(signingKey), timestamp, body)).ToLowerInvariant();
    }

    /// <summary>A new random signing key (32 bytes, base64url) to pass when creating a webhook.</summary>
    /// <returns>The key.</returns>
    public static string GenerateSigningKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static byte[] Compute(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        // Incremental, so the body (up to the receiver's size limit) is hashed in place: never copied, once per key or at all.
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.UTF8.GetBytes(timestamp + "."));
#if NETSTANDARD2_0
        hmac.AppendData(body.ToArray()); // no span overload here: the body is copied once
#else
        hmac.AppendData(body);
#endif
        return hmac.GetHashAndReset();
    }
}
