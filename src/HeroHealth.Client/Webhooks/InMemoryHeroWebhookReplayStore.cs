namespace HeroHealth.Client;

/// <summary>
/// The replay store of one process: remembers up to <see cref="Capacity"/> deliveries until their expiry. Memory is
/// bounded: expired records are dropped first, and when more unexpired deliveries arrive than it can hold, the oldest
/// records are dropped (protection then covers the most recent <see cref="Capacity"/> deliveries).
/// </summary>
public sealed class InMemoryHeroWebhookReplayStore : IHeroWebhookReplayStore
{
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset ExpiresAt)> _order = new();
    private readonly object _gate = new();
    private readonly TimeProvider _clock;

    /// <summary>Creates a store.</summary>
    /// <param name="capacity">Most deliveries remembered at once (default 100,000: about 10 MB).</param>
    /// <param name="timeProvider">Clock for expiry; the system clock by default.</param>
    public InMemoryHeroWebhookReplayStore(int capacity = 100_000, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Most deliveries remembered at once.</summary>
    public int Capacity { get; }

    /// <summary>Deliveries remembered now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _seen.Count;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryAddAsync(string deliveryKey, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryKey);
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            while (_order.Count > 0 && (_order.Peek().ExpiresAt <= now || _seen.Count >= Capacity || _order.Count > 2 * Capacity))
            {
                var (key, expiry) = _order.Dequeue();
                if (_seen.TryGetValue(key, out var current) && current == expiry)
                {
                    _seen.Remove(key);
                }
            }

            if (_seen.TryGetValue(deliveryKey, out var seenUntil) && seenUntil > now)
            {
                return new ValueTask<bool>(false);
            }

            _seen[deliveryKey] = expiresAt;
            _order.Enqueue((deliveryKey, expiresAt));
            return new ValueTask<bool>(true);
        }
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _seen.Remove(deliveryKey);
        }

        return default;
    }
}
