namespace HeroHealth.Client;

/// <summary>An event in the durable inbox (<see cref="IHeroWebhookInbox"/>).</summary>
/// <param name="EventKey">The event's deduplication key.</param>
/// <param name="Owner">The token of the lease this item was read under (empty for a listed dead item).</param>
/// <param name="Payload">The verified raw JSON body (kept out of <see cref="ToString"/>).</param>
/// <param name="Attempts">Attempts so far, this one included.</param>
/// <param name="ReceivedAt">When the endpoint stored it.</param>
/// <param name="LastError">The previous attempt's failure (an exception type), if any.</param>
public sealed record HeroWebhookInboxItem(string EventKey, string Owner, string Payload, int Attempts, DateTimeOffset ReceivedAt, string? LastError)
{
    /// <summary>The lease's fencing number: it grows with every lease of this event, so a stale holder's writes can be told apart.</summary>
    public long FencingToken { get; init; }

    /// <summary>The handlers (by their ids: a handler type's full name, or <c>delegate:…</c> by registration order) that completed in an earlier attempt: this attempt runs only the others.</summary>
    public IReadOnlyCollection<string> CompletedHandlers { get; init; } = [];

    /// <summary>Describes the item without its payload.</summary>
    /// <returns>Key, attempts and last error.</returns>
    public override string ToString() => FormattableString.Invariant($"HeroWebhookInboxItem({EventKey}, attempts {Attempts}, last error {LastError ?? "none"})");
}
