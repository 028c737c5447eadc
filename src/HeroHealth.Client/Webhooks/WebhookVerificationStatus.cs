namespace HeroHealth.Client;

/// <summary>The verdict on a webhook delivery.</summary>
public enum WebhookVerificationStatus
{
    /// <summary>Signed by one of your signing keys, within the tolerance window.</summary>
    Valid,

    /// <summary>The signature does not match the body and timestamp under any of your keys (tampered, or wrong key).</summary>
    BadSignature,

    /// <summary>The timestamp is outside the tolerance window (a replay, or a clock far off) — past or future.</summary>
    Stale,

    /// <summary>The timestamp or signature header is missing or empty.</summary>
    MissingHeader,

    /// <summary>A header is present but unreadable (timestamp not a date; signature neither hex nor base64 of 32 bytes).</summary>
    Malformed,

    /// <summary>
    /// Authentic and fresh, but this exact delivery (same timestamp and signature) was accepted before within the
    /// tolerance window: a replay, or Hero re-sending a delivery you already acknowledged. Acknowledge it without
    /// doing the work again.
    /// </summary>
    Replayed,
}
