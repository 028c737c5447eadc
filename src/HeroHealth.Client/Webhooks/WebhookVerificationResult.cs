namespace HeroHealth.Client.Webhooks;

/// <summary>The result of <see cref="HeroWebhookVerifier.Verify(string?, string?, ReadOnlySpan{byte})"/>.</summary>
/// <param name="Status">The verdict.</param>
/// <param name="Timestamp">The delivery's timestamp, when it could be read.</param>
/// <param name="Reason">A short explanation for logs (never the body, signature or key).</param>
public sealed record WebhookVerificationResult(WebhookVerificationStatus Status, DateTimeOffset? Timestamp, string Reason)
{
    /// <summary>Whether the delivery is authentic and fresh.</summary>
    public bool IsValid => Status == WebhookVerificationStatus.Valid;
}
