namespace HeroHealth.Client;

/// <summary>How many events the inbox holds that are not completed.</summary>
/// <param name="Pending">Waiting or being handled.</param>
/// <param name="Dead">Parked after the last attempt failed, until replayed.</param>
public sealed record HeroWebhookInboxCounts(long Pending, long Dead);
