using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HeroHealth.Client;

/// <summary>
/// Verifies Hero webhook deliveries: HMAC-SHA256 with your signing key(s) over <c>"{timestamp}.{raw body}"</c>,
/// compared in constant time, a timestamp within the tolerance window of an injectable clock, and replay protection
/// (a delivery already accepted inside the window is <see cref="WebhookVerificationStatus.Replayed"/>).
/// </summary>
/// <remarks>
/// <para>What Hero documents: the headers <c>X-Herohealth-Timestamp</c> and <c>X-Herohealth-Signature</c>, and HMAC-SHA256
/// over <c>"{timestamp}.{raw body}"</c> keyed by the webhook's <c>signing_key</c>.</para>
/// <para>What Hero does not document, and is therefore <b>the SDK's assumption</b>: the signature's encoding (accepted:
/// hex in either case, base64 or base64url, optionally prefixed like <c>sha256=</c>); the timestamp's unit (accepted:
/// Unix seconds, Unix milliseconds or ISO 8601); the tolerance (default 5 minutes either way); and the replay window
/// (the tolerance window). Hero's retry behaviour is undocumented too, so handlers must still be idempotent: a retry
/// Hero signs afresh is a new delivery, not a replay.</para>
/// <para>Several keys can be given (rotation); every key is tried. Bad input yields a verdict, never an exception.
/// Verify the raw bytes as received: re-serialised JSON will not match.</para>
/// <para>Accepted deliveries are claimed in an <see cref="IHeroWebhookStore"/> until their window ends: give verifiers
/// on several instances the same PostgreSQL or Redis store and a delivery accepted by one is a replay at the others.</para>
/// </remarks>
public sealed class HeroWebhookVerifier
{
    private readonly byte[][] _keys;
    private readonly TimeProvider _clock;
    private readonly IHeroWebhookStore _store;

    /// <summary>Creates a verifier.</summary>
    /// <param name="signingKeys">The webhook's signing key(s); several during rotation.</param>
    /// <param name="tolerance">How far the timestamp may be from now, either way (default 5 minutes; the SDK's assumption, Hero documents none).</param>
    /// <param name="timeProvider">Clock (tests); the system clock by default.</param>
    /// <param name="store">Where accepted deliveries are claimed until their window ends; a new <see cref="InMemoryHeroWebhookStore"/> by default. Share one store (PostgreSQL, Redis) between instances that receive the same webhooks.</param>
    public HeroWebhookVerifier(IEnumerable<string> signingKeys, TimeSpan? tolerance = null, TimeProvider? timeProvider = null, IHeroWebhookStore? store = null)
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
        _store = store ?? new InMemoryHeroWebhookStore(timeProvider: _clock);
    }

    /// <summary>Creates a verifier for one signing key.</summary>
    /// <inheritdoc cref="HeroWebhookVerifier(IEnumerable{string}, TimeSpan?, TimeProvider?, IHeroWebhookStore?)"/>
    public HeroWebhookVerifier(string signingKey, TimeSpan? tolerance = null, TimeProvider? timeProvider = null, IHeroWebhookStore? store = null)
        : this([signingKey], tolerance, timeProvider, store)
    {
    }

    /// <summary>How far the timestamp may be from now, either way.</summary>
    public TimeSpan Tolerance { get; }

    /// <summary>Verifies a delivery from its two header values and its raw body.</summary>
    /// <param name="timestampHeader">The <c>X-Herohealth-Timestamp</c> value.</param>
    /// <param name="signatureHeader">The <c>X-Herohealth-Signature</c> value.</param>
    /// <param name="body">The raw body bytes exactly as received.</param>
    /// <returns>The verdict.</returns>
    /// <remarks>
    /// An accepted delivery is claimed in the store; with a store that does I/O, prefer
    /// <see cref="VerifyAsync(string?, string?, ReadOnlyMemory{byte}, CancellationToken)"/> (this method waits for it).
    /// </remarks>
    public WebhookVerificationResult Verify(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
    {
        var result = VerifyAuthenticity(timestampHeader, signatureHeader, body);
        if (result.ReplayKey is not { } key)
        {
            return result;
        }

        var claim = _store.ClaimAsync(key, WindowLeft(result), CancellationToken.None);
        return Remembered(result, claim.IsCompletedSuccessfully ? claim.Result : claim.AsTask().GetAwaiter().GetResult());
    }

    /// <summary>Verifies a delivery from its two header values and its raw body, waiting asynchronously for the store.</summary>
    /// <param name="timestampHeader">The <c>X-Herohealth-Timestamp</c> value.</param>
    /// <param name="signatureHeader">The <c>X-Herohealth-Signature</c> value.</param>
    /// <param name="body">The raw body bytes exactly as received.</param>
    /// <param name="cancellationToken">Cancels the store call.</param>
    /// <returns>The verdict.</returns>
    public async ValueTask<WebhookVerificationResult> VerifyAsync(string? timestampHeader, string? signatureHeader, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var result = VerifyAuthenticity(timestampHeader, signatureHeader, body.Span);
        return result.ReplayKey is { } key
            ? Remembered(result, await _store.ClaimAsync(key, WindowLeft(result), cancellationToken).ConfigureAwait(false))
            : result;
    }

    /// <summary>
    /// Forgets an accepted delivery, so Hero's retry of the very same delivery is accepted: call it when handling the
    /// event failed and you answer Hero with an error.
    /// </summary>
    /// <param name="result">A <see cref="WebhookVerificationStatus.Valid"/> result of this verifier.</param>
    /// <param name="cancellationToken">Cancels the store call.</param>
    /// <returns>A task that completes when the delivery is forgotten.</returns>
    public ValueTask ForgetAsync(WebhookVerificationResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result is { IsValid: true, Claim: { } claim } ? _store.ReleaseAsync(claim, cancellationToken) : default;
    }

    // A delivery is remembered while its timestamp is inside the window: it is stale, not a replay, afterwards.
    private TimeSpan WindowLeft(WebhookVerificationResult result)
    {
        var left = result.Timestamp!.Value + Tolerance - _clock.GetUtcNow();
        return left > TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1);
    }

    private static WebhookVerificationResult Remembered(WebhookVerificationResult result, HeroWebhookClaim claim) => claim.Status == HeroWebhookClaimStatus.Acquired
        ? result with { Claim = claim }
        : new(WebhookVerificationStatus.Replayed, result.Timestamp, "This delivery was accepted before (same timestamp and signature).") { ReplayKey = result.ReplayKey };

    internal WebhookVerificationResult VerifyAuthenticity(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body)
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
            return new(WebhookVerificationStatus.Stale, timestamp, FormattableString.Invariant(
                $"The timestamp is {Math.Abs(age.TotalSeconds):0} s {(age < TimeSpan.Zero ? "in the future" : "old")}; tolerance is {Tolerance.TotalSeconds:0} s."));
        }

        // The signature identifies the delivery (it covers timestamp and body); decoded, so hex and base64 of one agree.
        // The endpoint's event keys start "d:" or "e:", so one store can serve it and verifiers used by hand.
        return new(WebhookVerificationStatus.Valid, timestamp, "Valid.") { ReplayKey = Convert.ToHexString(signature) };
    }

    /// <summary>Verifies a delivery whose raw body you hold as a string (its UTF-8 bytes are verified).</summary>
    /// <inheritdoc cref="Verify(string?, string?, ReadOnlySpan{byte})"/>
    public WebhookVerificationResult Verify(string? timestampHeader, string? signatureHeader, string? body) =>
        Verify(timestampHeader, signatureHeader, Encoding.UTF8.GetBytes(body ?? string.Empty));

    /// <summary>Reads a webhook timestamp as the verifier does: Unix seconds, Unix milliseconds or ISO 8601.</summary>
    /// <param name="text">The header value.</param>
    /// <param name="timestamp">The instant, when readable.</param>
    /// <returns>Whether the text is a timestamp.</returns>
    public static bool TryParseTimestamp(string? text, out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (text is { Length: > 0 and <= 19 } && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
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

        return text is { Length: >= 10 and <= 64 } && char.IsAsciiDigit(text[0])
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
