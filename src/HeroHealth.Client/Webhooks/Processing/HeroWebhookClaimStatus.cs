namespace HeroHealth.Client;

/// <summary>What <see cref="IHeroWebhookStore.ClaimAsync"/> found.</summary>
public enum HeroWebhookClaimStatus
{
    /// <summary>The caller holds the event for the lease: run the handlers, then complete or release it.</summary>
    Acquired,

    /// <summary>Another holder's lease runs (another instance is handling it now): answer so that Hero retries later.</summary>
    HeldElsewhere,

    /// <summary>The event was handled before: acknowledge it without running the handlers.</summary>
    Completed,
}
