namespace HeroHealth.Client;

/// <summary>
/// The processing records of one process (the default): the same rules as the shared stores — claim with a lease,
/// complete, release — for a receiver that runs as a single instance. Records are bounded: expired leases and
/// completed records past their retention are dropped first, then the oldest completed ones beyond <see cref="Capacity"/>.
/// A running claim is never dropped early: a <see cref="HeroWebhookVerifier"/>'s accepted deliveries stay claimed for
/// their whole window, however many arrive in it.
/// </summary>
/// <remarks>Nothing here survives a restart: a completed event is handled again if Hero delivers it after one. Several
/// instances need a shared store (PostgreSQL or Redis).</remarks>
public sealed class InMemoryHeroWebhookStore : IHeroWebhookStore
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly TimeProvider _clock;

    /// <summary>Creates a store.</summary>
    /// <param name="capacity">Most records kept at once (default 100,000).</param>
    /// <param name="timeProvider">Clock for leases and retention; the system clock by default.</param>
    public InMemoryHeroWebhookStore(int capacity = 100_000, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Most records kept at once.</summary>
    public int Capacity { get; }

    /// <summary>Records kept now (claimed or completed).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<HeroWebhookClaim> ClaimAsync(string eventKey, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventKey);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            var found = _entries.TryGetValue(eventKey, out var entry);
            if (found && entry.Until > now)
            {
                return new(new HeroWebhookClaim(eventKey, string.Empty, entry.Completed ? HeroWebhookClaimStatus.Completed : HeroWebhookClaimStatus.HeldElsewhere));
            }

            if (_entries.Count >= Capacity)
            {
                Trim(now);
            }

            // A released or expired claim keeps its fencing number and the handlers that completed; an expired
            // completed record is a new event, so its handlers start afresh (the number still grows).
            var handlers = found && !entry.Completed ? entry.Handlers : [];
            var claim = HeroWebhookClaim.NewOwner(eventKey) with { FencingToken = (found ? entry.Fence : 0) + 1, CompletedHandlers = handlers };
            _entries[eventKey] = new Entry(claim.Owner, now + lease, Completed: false, claim.FencingToken, handlers);
            return new(claim);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> RenewAsync(HeroWebhookClaim claim, TimeSpan lease, CancellationToken cancellationToken) =>
        new(Update(claim, e => e with { Until = _clock.GetUtcNow() + lease }));

    /// <inheritdoc />
    public ValueTask<bool> CompleteHandlerAsync(HeroWebhookClaim claim, string handlerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(handlerId);
        return new(Update(claim, e => e.Handlers.Contains(handlerId, StringComparer.Ordinal) ? e : e with { Handlers = [.. e.Handlers, handlerId] }));
    }

    /// <inheritdoc />
    public ValueTask<bool> CompleteAsync(HeroWebhookClaim claim, TimeSpan retention, CancellationToken cancellationToken) =>
        new(Update(claim, e => e with { Owner = string.Empty, Until = _clock.GetUtcNow() + retention, Completed = true, Handlers = [] }));

    /// <inheritdoc />
    public ValueTask ReleaseAsync(HeroWebhookClaim claim, CancellationToken cancellationToken)
    {
        // Expired at once rather than removed: the fencing number and the completed handlers outlive the claim.
        Update(claim, e => e with { Owner = string.Empty, Until = _clock.GetUtcNow() });
        return default;
    }

    /// <inheritdoc />
    public ValueTask CheckAsync(CancellationToken cancellationToken) => default;

    // Changes the entry only while the claim is its current owner's and not completed.
    private bool Update(HeroWebhookClaim claim, Func<Entry, Entry> change)
    {
        ArgumentNullException.ThrowIfNull(claim);
        lock (_gate)
        {
            if (claim.Owner.Length == 0 || !_entries.TryGetValue(claim.EventKey, out var entry) || entry.Completed || entry.Owner != claim.Owner)
            {
                return false;
            }

            _entries[claim.EventKey] = change(entry);
            return true;
        }
    }

    // Expired records first; if still full, the completed records that expire soonest (a running claim is never dropped).
    private void Trim(DateTimeOffset now)
    {
        foreach (var key in _entries.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }

        var excess = _entries.Count - Capacity + 1;
        if (excess > 0)
        {
            foreach (var key in _entries.Where(e => e.Value.Completed).OrderBy(e => e.Value.Until).Take(Math.Max(excess, Capacity / 10)).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

    private readonly record struct Entry(string Owner, DateTimeOffset Until, bool Completed, long Fence, string[] Handlers);
}
