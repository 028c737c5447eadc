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
    /// The key under which an accepted delivery is claimed for replay protection (its decoded signature, which covers
    /// timestamp and body; no secret); pass the result to <see cref="HeroWebhookVerifier.ForgetAsync"/> when handling it
    /// failed, so Hero's retry of the same delivery is accepted.
    /// </summary>
    internal string? ReplayKey { get; init; }

    /// <summary>The store's claim of an accepted delivery, which <see cref="HeroWebhookVerifier.ForgetAsync"/> releases.</summary>
    internal HeroWebhookClaim? Claim { get; init; }
}
