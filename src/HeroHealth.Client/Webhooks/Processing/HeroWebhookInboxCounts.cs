namespace HeroHealth.Client;

/// <summary>How many events the inbox holds that are not completed, and how long the oldest due one has waited.</summary>
/// <param name="Pending">Waiting or being handled.</param>
/// <param name="Dead">Parked after the last attempt failed, until replayed.</param>
/// <param name="OldestDueAge">How long the oldest event that is due (not leased by a worker) has waited; zero when none is.</param>
public sealed record HeroWebhookInboxCounts(long Pending, long Dead, TimeSpan OldestDueAge = default);
