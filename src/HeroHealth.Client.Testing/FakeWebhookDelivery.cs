namespace HeroHealth.Client.Testing;

/// <summary>A webhook delivery the fake made (signed the way Hero signs, when the webhook has a signing key).</summary>
/// <param name="WebhookId">The subscription.</param>
/// <param name="Url">Where it was sent.</param>
/// <param name="EventName">For example <c>appointment.confirmed</c>.</param>
/// <param name="Timestamp">The <c>X-Herohealth-Timestamp</c> header value (Unix seconds), or null when unsigned.</param>
/// <param name="Signature">The <c>X-Herohealth-Signature</c> header value (hex), or null when unsigned.</param>
/// <param name="Body">The raw JSON body.</param>
/// <param name="StatusCode">The receiver's status code, when a delivery transport was configured.</param>
public sealed record FakeWebhookDelivery(string WebhookId, Uri Url, string EventName, string? Timestamp, string? Signature, string Body, int? StatusCode);
