namespace HeroHealth.Client;

/// <summary>The result of <see cref="HeroWebhookVerifier.Verify(string?, string?, ReadOnlySpan{byte})"/>.</summary>
/// <param name="Status">The verdict.</param>
/// <param name="Timestamp">The delivery's timestamp, when it could be read.</param>
/// <param name="Reason">A short explanation for logs (never the body, signature or key).</param>
public sealed record WebhookVerificationResult(WebhookVerificationStatus Status, DateTimeOffset? Timestamp, string Reason)
{
    /// <summary>Whether the delivery is authentic, fresh and seen for the first time.</summary>
    public bool IsValid => Status == WebhookVerificationStatus.Valid;

    /// <summary>
    /// The key under which an accepted delivery was remembered for replay protection (a hash of its timestamp and
    /// signature, no secret); pass the result to <see cref="HeroWebhookVerifier.ForgetAsync"/> when handling it failed, so
    /// Hero's retry of the same delivery is accepted.
    /// </summary>
    internal string? ReplayKey { get; init; }
}
