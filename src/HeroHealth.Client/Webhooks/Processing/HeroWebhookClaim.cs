namespace HeroHealth.Client;

/// <summary>The answer to a claim of one webhook event (<see cref="IHeroWebhookStore.ClaimAsync"/>).</summary>
/// <param name="EventKey">The event's deduplication key.</param>
/// <param name="Owner">The random token that identifies this claim (a release or renewal by a lost claim changes nothing).</param>
/// <param name="Status">Whether the caller holds the event, another holder does, or it was completed.</param>
public sealed record HeroWebhookClaim(string EventKey, string Owner, HeroWebhookClaimStatus Status)
{
    /// <summary>A new acquired claim with a fresh owner token.</summary>
    /// <param name="eventKey">The event's deduplication key.</param>
    /// <returns>The claim.</returns>
    public static HeroWebhookClaim NewOwner(string eventKey) => new(eventKey, Guid.NewGuid().ToString("N"), HeroWebhookClaimStatus.Acquired);
}
