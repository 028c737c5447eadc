namespace HeroHealth.Client;

/// <summary>
/// Remembers accepted webhook deliveries for as long as their timestamp is inside the verifier's tolerance window,
/// so a captured delivery cannot be replayed. Implement it over a shared cache (Redis, SQL) when several instances
/// receive Hero's webhooks; <see cref="InMemoryHeroWebhookReplayStore"/> serves one process.
/// </summary>
public interface IHeroWebhookReplayStore
{
    /// <summary>Records a delivery unless it is already recorded.</summary>
    /// <param name="deliveryKey">Identifies the delivery (a hash of its timestamp and signature; no secret, no payload).</param>
    /// <param name="expiresAt">When the record may be dropped (the delivery is then stale anyway).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when recorded now; <see langword="false"/> when it was recorded before (a replay).</returns>
    ValueTask<bool> TryAddAsync(string deliveryKey, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Drops a record, so the same delivery is accepted again (its handling failed and Hero will retry it).</summary>
    /// <param name="deliveryKey">The key given to <see cref="TryAddAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the record is gone.</returns>
    ValueTask RemoveAsync(string deliveryKey, CancellationToken cancellationToken);
}
