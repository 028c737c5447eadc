using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HeroHealth.Client.Webhooks;

/// <summary>
/// Verifies Hero webhook deliveries: HMAC-SHA256 with your signing key(s) over <c>"{timestamp}.{raw body}"</c>,
/// compared in constant time, and a timestamp within the tolerance window of an injectable clock.
/// </summary>
/// <remarks>
/// Hero documents the recipe but not the encodings, so the verifier is tolerant where Hero is silent: the timestamp may
/// be Unix seconds, Unix milliseconds or ISO 8601; the signature may be hex (either case) or base64, optionally with a
/// <c>sha256=</c> prefix. Several keys can be given (rotation). Bad input yields a verdict, never an exception.
/// Verify the raw bytes as received: re-serialised JSON will not match.
/// </remarks>
public sealed class HeroWebhookVerifier
{
    private readonly byte[][] _keys;
    private readonly TimeProvider _clock;

    /// <summary>Creates a verifier.</summary>
    /// <param name="signingKeys">The webhook's signing key(s); several during rotation.</param>
    /// <param name="tolerance">How far the timestamp may be from now, either way (default 5 minutes).</param>
    /// <param name="timeProvider">Clock (tests); the system clock by default.</param>
    public HeroWebhookVerifier(IEnumerable<string> signingKeys, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(signingKeys);
        _keys = signingKeys.Select(k => string.IsNullOrEmpty(k)
            ? throw new ArgumentException("Signing keys must not be empty.", nameof(signingKeys))
            : Encoding.UTF8.GetBytes(k)).ToArray();
        if (_keys.Length == 0)
        {
            throw new ArgumentException("At least one signing key is required.", nameof(signingKeys));
        }

        Tolerance = tolerance ?? TimeSpan.FromMinutes(5);
        ArgumentOutOfRangeException.ThrowIfLessThan(Tolerance, TimeSpan.Zero, nameof(tolerance));
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Creates a verifier for one signing key.</summary>
    /// <param name="signingKey">The webhook's signing key.</param>
    /// <param name="tolerance">Allowed clock distance (default 5 minutes).</param>
    /// <param name="timeProvider">Clock; the system clock by default.</param>
    public HeroWebhookVerifier(string signingKey, TimeSpan? tolerance = null, TimeProvider? timeProvider = null)
        : this([signingKey], tolerance, timeProvider)
    {
    }

    /// <summary>How far the timestamp may be from now, either way.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>Verifies a delivery from its two header values and its raw body.</summary>
    /// <param name="timestampHeader">The <c>X-Herohealth-Timestamp</c> value.</param>
    /// <param name="signatureHeader">The <c>X-Herohealth-Signature</c> value.</param>
    /// <param name="body">The raw body bytes exactly as received.</param>
    /// <returns>The verdict.</returns>
    public WebhookVerificationResult Verify(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(timestampHeader))
        {
            return new(WebhookVerificationStatus.MissingHeader, null, $"The {HeroWebhookHeaders.Timestamp} header is missing.");
        }

        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            return new(WebhookVerificationStatus.MissingHeader, null, $"The {HeroWebhookHeaders.Signature} header is missing.");
        }

        if (!TryParseTimestamp(timestampHeader.Trim(), out var timestamp))
        {
            return new(WebhookVerificationStatus.Malformed, null, "The timestamp is neither Unix seconds, Unix milliseconds nor ISO 8601.");
        }

        if (!TryDecodeSignature(signatureHeader.Trim(), out var signature))
        {
            return new(WebhookVerificationStatus.Malformed, timestamp, "The signature is neither hex nor base64 of a 32-byte HMAC-SHA256.");
        }

        var matched = false;
        foreach (var key in _keys)
        {
            // Every key is tried (no early exit) so timing does not reveal which key matched.
            matched |= CryptographicOperations.FixedTimeEquals(HeroWebhookSigner.Compute(key, timestampHeader, body), signature);
        }

        if (!matched)
        {
            return new(WebhookVerificationStatus.BadSignature, timestamp, "The signature does not match the body under any signing key.");
        }

        var age = _clock.GetUtcNow() - timestamp;
        if (age.Duration() > Tolerance)
        {
            return new(WebhookVerificationStatus.Stale, timestamp, string.Create(CultureInfo.InvariantCulture,
                $"The timestamp is {Math.Abs(age.TotalSeconds):0} s {(age < TimeSpan.Zero ? "in the future" : "old")}; tolerance is {Tolerance.TotalSeconds:0} s."));
        }

        return new(WebhookVerificationStatus.Valid, timestamp, "Valid.");
    }

    /// <summary>Verifies a delivery whose raw body you hold as a string (its UTF-8 bytes are verified).</summary>
    /// <param name="timestampHeader">The <c>X-Herohealth-Timestamp</c> value.</param>
    /// <param name="signatureHeader">The <c>X-Herohealth-Signature</c> value.</param>
    /// <param name="body">The raw body exactly as received.</param>
    /// <returns>The verdict.</returns>
    public WebhookVerificationResult Verify(string? timestampHeader, string? signatureHeader, string? body) =>
        Verify(timestampHeader, signatureHeader, Encoding.UTF8.GetBytes(body ?? string.Empty));

    /// <summary>Reads a webhook timestamp as the verifier does: Unix seconds, Unix milliseconds or ISO 8601.</summary>
    /// <param name="text">The header value.</param>
    /// <param name="timestamp">The instant, when readable.</param>
    /// <returns>Whether the text is a timestamp.</returns>
    public static bool TryParseTimestamp(string? text, out DateTimeOffset timestamp)
    {
        if (text is null)
        {
            timestamp = default;
            return false;
        }

        timestamp = default;
        if (text.Length is > 0 and <= 19 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            // 10^11 seconds is year 5138; anything larger is milliseconds.
            try
            {
                timestamp = number < 100_000_000_000L ? DateTimeOffset.FromUnixTimeSeconds(number) : DateTimeOffset.FromUnixTimeMilliseconds(number);
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }

        return text.Length is >= 10 and <= 64 && char.IsAsciiDigit(text[0])
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp);
    }

    internal static bool TryDecodeSignature(string text, out byte[] signature)
    {
        signature = [];
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq is > 0 and < 8 && text[..eq].All(char.IsAsciiLetterOrDigit) && !text[..eq].All(char.IsAsciiHexDigit))
        {
            text = text[(eq + 1)..]; // "sha256=…" / "v1=…"
        }

        if (text.Length == 64 && text.All(char.IsAsciiHexDigit))
        {
            signature = Convert.FromHexString(text);
            return true;
        }

        Span<byte> buffer = stackalloc byte[48];
        var normalised = text.Replace('-', '+').Replace('_', '/');
        normalised = normalised.PadRight(normalised.Length + ((4 - (normalised.Length % 4)) % 4), '=');
        if (normalised.Length == 44 && Convert.TryFromBase64String(normalised, buffer, out var written) && written == 32)
        {
            signature = buffer[..32].ToArray();
            return true;
        }

        return false;
    }
}
