namespace HeroHealth.Client;

/// <summary>
/// The work every <see cref="IHeroWebhookStore.CheckAsync"/> proves, for the SDK's stores and yours: claim a probe
/// record, renew it, record a handler and complete it, with the store's own rights.
/// </summary>
public static class HeroWebhookStoreProbe
{
    /// <summary>Claims, renews, records a handler on and completes a fresh probe record (kept for one second).</summary>
    /// <param name="store">The store to prove.</param>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>A task that completes when every step succeeded.</returns>
    /// <exception cref="HeroWebhookStoreConfigurationException">A step was refused although the store answered: the record is held or changed by someone else.</exception>
    public static async ValueTask ProveAsync(IHeroWebhookStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var lease = TimeSpan.FromSeconds(30);
        var claim = await store.ClaimAsync("probe:" + Guid.NewGuid().ToString("N"), lease, cancellationToken).ConfigureAwait(false);
        var proved = claim.Status == HeroWebhookClaimStatus.Acquired
            && await store.RenewAsync(claim, lease, cancellationToken).ConfigureAwait(false)
            && await store.CompleteHandlerAsync(claim, "probe", cancellationToken).ConfigureAwait(false)
            && await store.CompleteAsync(claim, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        if (!proved)
        {
            throw new HeroWebhookStoreConfigurationException($"{store} could not claim and complete a fresh probe record: is another application using its table or keys?");
        }
    }
}
