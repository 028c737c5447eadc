namespace HeroHealth.Client;

/// <summary>
/// A durable inbox of verified webhook events: the endpoint adds an event and acknowledges Hero at once; a worker
/// leases events, runs the handlers, and completes them, schedules a retry, or parks them as dead after the last
/// attempt. Only a store that survives a restart may implement it (PostgreSQL, Redis with persistence).
/// </summary>
public interface IHeroWebhookInbox
{
    /// <summary>Adds an event unless its key is already in the inbox (in any state). Returns once the event is durable.</summary>
    /// <param name="eventKey">The event's deduplication key.</param>
    /// <param name="payload">The verified raw JSON body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when added now; <see langword="false"/> when it was there already.</returns>
    ValueTask<bool> AddAsync(string eventKey, string payload, CancellationToken cancellationToken);

    /// <summary>Leases the oldest event that is due (new, its retry time reached, or its previous lease expired).</summary>
    /// <param name="lease">How long the lease holds without renewal.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leased event, its attempt count already increased; <see langword="null"/> when nothing is due.</returns>
    ValueTask<HeroWebhookInboxItem?> LeaseAsync(TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends a lease while the handlers still run.</summary>
    /// <param name="item">An item this inbox leased.</param>
    /// <param name="lease">The new lease, counted from now.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lease was lost.</returns>
    ValueTask<bool> RenewAsync(HeroWebhookInboxItem item, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records that one handler of the event succeeded, so a later attempt does not run it again.</summary>
    /// <param name="item">An item this inbox leased.</param>
    /// <param name="handlerId">The handler's stable id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lease was lost (nothing was recorded).</returns>
    ValueTask<bool> CompleteHandlerAsync(HeroWebhookInboxItem item, string handlerId, CancellationToken cancellationToken);

    /// <summary>Marks an event handled; its key is remembered for <paramref name="retention"/>, so later deliveries are acknowledged.</summary>
    /// <param name="item">An item this inbox leased.</param>
    /// <param name="retention">How long the completed record is kept.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="false"/> when the lease was lost (another worker holds the event now): nothing was written.</returns>
    ValueTask<bool> CompleteAsync(HeroWebhookInboxItem item, TimeSpan retention, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt: the event is due again at <paramref name="retryAt"/>, or dead when that is <see langword="null"/>.</summary>
    /// <param name="item">An item this inbox leased.</param>
    /// <param name="retryAt">When to try again; <see langword="null"/> parks the event as dead until replayed.</param>
    /// <param name="failure">What failed, for operators: an exception type, never a message or payload.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the record is durable (nothing changes when the lease was lost).</returns>
    ValueTask FailAsync(HeroWebhookInboxItem item, DateTimeOffset? retryAt, string failure, CancellationToken cancellationToken);

    /// <summary>Lists dead events, oldest first.</summary>
    /// <param name="max">Most items returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The dead events.</returns>
    ValueTask<IReadOnlyList<HeroWebhookInboxItem>> ListDeadAsync(int max, CancellationToken cancellationToken);

    /// <summary>Makes a dead event due now, with its attempts counted from zero.</summary>
    /// <param name="eventKey">The dead event's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether a dead event with that key was found.</returns>
    ValueTask<bool> ReplayAsync(string eventKey, CancellationToken cancellationToken);

    /// <summary>Counts the events waiting (due or leased, not yet completed) and the dead ones, and how long the oldest due one has waited.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The counts.</returns>
    ValueTask<HeroWebhookInboxCounts> CountAsync(CancellationToken cancellationToken);
}
