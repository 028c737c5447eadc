namespace HeroHealth.Client;

/// <summary>The answer to a claim of one webhook event (<see cref="IHeroWebhookStore.ClaimAsync"/>).</summary>
/// <param name="EventKey">The event's deduplication key.</param>
/// <param name="Owner">The random token that identifies this claim: renew, complete and release succeed only while it is the current owner.</param>
/// <param name="Status">Whether the caller holds the event, another holder does, or it was completed.</param>
public sealed record HeroWebhookClaim(string EventKey, string Owner, HeroWebhookClaimStatus Status)
{
    /// <summary>
    /// The claim's fencing number: it grows each time a new holder takes the event (1 for the first), so a handler can
    /// refuse a write stamped with a lower number than one it already accepted (a paused holder that lost its claim).
    /// </summary>
    public long FencingToken { get; init; }

    /// <summary>The handlers (by their ids: a handler type's full name, or <c>delegate:…</c> by registration order) that completed in an earlier attempt: a retry runs only the others.</summary>
    public IReadOnlyCollection<string> CompletedHandlers { get; init; } = [];

    /// <summary>A new acquired claim with a fresh owner token.</summary>
    /// <param name="eventKey">The event's deduplication key.</param>
    /// <returns>The claim.</returns>
    public static HeroWebhookClaim NewOwner(string eventKey) => new(eventKey, Guid.NewGuid().ToString("N"), HeroWebhookClaimStatus.Acquired);
}
