namespace HeroHealth.Client;

/// <summary>
/// Keeps one processing record per webhook event, so each event — and each of its handlers — is handled once across
/// every instance that shares the store: an event is <em>claimed</em> for a lease, each handler that succeeds is
/// recorded, then the event is <em>completed</em>, or <em>released</em> (a handler failed, the lease was lost) so the
/// next delivery runs the handlers that have not completed. A crashed instance's claim ends when its lease expires.
/// </summary>
/// <remarks>
/// <para>Implementations must make <see cref="ClaimAsync"/> atomic on their engine: of any number of concurrent claims
/// of one key, at most one is <see cref="HeroWebhookClaimStatus.Acquired"/> while its lease runs, and each acquired
/// claim gets a larger <see cref="HeroWebhookClaim.FencingToken"/> than the one before. Renew, handler completion,
/// completion and release succeed only for the current owner: a holder whose lease expired (a paused process) can never
/// mark the event completed. <see cref="InMemoryHeroWebhookStore"/> serves one process; the PostgreSQL and Redis packages
/// (<c>HeroHealth.Client.Webhooks.PostgreSql</c>, <c>HeroHealth.Client.Webhooks.Redis</c>) serve several.</para>
/// <para>A store failure must throw (the endpoint then answers 503 so Hero retries), never report a claim it does not hold.</para>
/// </remarks>
public interface IHeroWebhookStore
{
    /// <summary>Claims an event for <paramref name="lease"/> unless another holder's lease runs or it was completed.</summary>
    /// <param name="eventKey">The event's deduplication key (no secret, no payload).</param>
    /// <param name="lease">How long the claim holds without renewal.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claim: acquired (run the handlers not yet completed), held elsewhere (ask Hero to retry later) or completed (acknowledge).</returns>
    ValueTask<HeroWebhookClaim> ClaimAsync(string eventKey, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends an acquired claim's lease while its handlers still run.</summary>
    /// <param name="claim">A claim this store returned as acquired.</param>
    /// <param name="lease">The new lease, counted from now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the claim was lost (its lease expired and another holder took it, or it was completed).</returns>
    ValueTask<bool> RenewAsync(HeroWebhookClaim claim, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records that one handler of the event succeeded, so a later attempt does not run it again.</summary>
    /// <param name="claim">A claim this store returned as acquired.</param>
    /// <param name="handlerId">The handler's stable id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the claim was lost (nothing was recorded).</returns>
    ValueTask<bool> CompleteHandlerAsync(HeroWebhookClaim claim, string handlerId, CancellationToken cancellationToken);

    /// <summary>Marks the event completed: later deliveries of it are acknowledged without running the handlers.</summary>
    /// <param name="claim">A claim this store returned as acquired.</param>
    /// <param name="retention">How long the completed record is kept (afterwards the key is forgotten).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the claim was lost (its lease expired and another holder took it): nothing was written.</returns>
    ValueTask<bool> CompleteAsync(HeroWebhookClaim claim, TimeSpan retention, CancellationToken cancellationToken);

    /// <summary>Gives a claim up (its handling failed or was aborted), so the next delivery of the event is processed.</summary>
    /// <param name="claim">A claim this store returned as acquired; a claim since lost to another holder is left alone.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the claim is released (handlers already recorded stay recorded).</returns>
    ValueTask ReleaseAsync(HeroWebhookClaim claim, CancellationToken cancellationToken);

    /// <summary>
    /// Proves the store can do its work with its configured rights: claims, renews, completes and releases a probe record
    /// (and, for an inbox, counts). The endpoint runs it at start-up and its health checks run it on every probe.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the probe succeeded.</returns>
    /// <exception cref="HeroWebhookStoreConfigurationException">The store is reachable but set up so that it cannot work (rights, schema, table, key types).</exception>
    ValueTask CheckAsync(CancellationToken cancellationToken);
}
