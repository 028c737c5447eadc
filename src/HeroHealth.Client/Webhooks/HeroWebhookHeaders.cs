namespace HeroHealth.Client;

/// <summary>The headers Hero puts on a signed webhook delivery.</summary>
public static class HeroWebhookHeaders
{
    /// <summary>When Hero sent the delivery.</summary>
    public const string Timestamp = "X-Herohealth-Timestamp";

    /// <summary>HMAC-SHA256 of <c>"{timestamp}.{raw body}"</c> keyed with the webhook's signing key.</summary>
    public const string Signature = "X-Herohealth-Signature";
}
