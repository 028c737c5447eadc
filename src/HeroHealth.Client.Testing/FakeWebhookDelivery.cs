namespace HeroHealth.Client.Testing;

/// <summary>
/// A webhook delivery the fake made, signed when the webhook has a signing key. Hero documents the two headers and
/// HMAC-SHA256 over <c>"{timestamp}.{raw body}"</c> keyed by the signing key; the timestamp unit (Unix seconds) and the
/// signature encoding (lower-case hex) the fake uses are <b>the SDK's assumptions</b>, the same ones
/// <c>HeroWebhookVerifier</c> accepts, not facts from Hero.
/// </summary>
/// <param name="WebhookId">The subscription.</param>
/// <param name="Url">Where it was sent.</param>
/// <param name="EventName">For example <c>appointment.confirmed</c>.</param>
/// <param name="Timestamp">The <c>X-Herohealth-Timestamp</c> header value (Unix seconds: an assumption, Hero does not document the unit), or null when unsigned.</param>
/// <param name="Signature">The <c>X-Herohealth-Signature</c> header value (lower-case hex: an assumption, Hero does not document the encoding), or null when unsigned.</param>
/// <param name="Body">The raw JSON body.</param>
/// <param name="StatusCode">The receiver's status code, when a delivery transport was configured.</param>
public sealed record FakeWebhookDelivery(string WebhookId, Uri Url, string EventName, string? Timestamp, string? Signature, string Body, int? StatusCode);
