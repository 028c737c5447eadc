using System.Globalization;

namespace HeroHealth.Client;

/// <summary>
/// Settings of the durable webhook inbox (<c>services.AddHeroWebhookInbox(...)</c>): how the background worker runs
/// the handlers of stored events, retries them and gives up.
/// </summary>
public sealed class HeroWebhookInboxOptions
{
    /// <summary>Attempts per event, the first included, before it is parked as dead (default 8).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait before the second attempt (default 10 s); it doubles per attempt, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between attempts (default 1 hour).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a worker holds an event without renewal (default 30 s; renewed every third of it while handlers run).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an idle worker asks the store for due events (default 1 s).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Events handled at once by this instance (default 2).</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>
    /// How long the oldest due event may wait for a worker before the inbox health check reports Degraded (default 5
    /// minutes): the workers are stalled or too few for the traffic.
    /// </summary>
    public TimeSpan StallThreshold { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Describes the options.</summary>
    /// <returns>Every setting (none is secret).</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"HeroWebhookInboxOptions(MaxAttempts={MaxAttempts}, FirstRetryDelay={FirstRetryDelay.TotalSeconds:0.###} s, MaxRetryDelay={MaxRetryDelay.TotalSeconds:0} s, Lease={Lease.TotalSeconds:0.###} s, PollInterval={PollInterval.TotalSeconds:0.###} s, Concurrency={Concurrency}, StallThreshold={StallThreshold.TotalSeconds:0.###} s)");

    internal IEnumerable<string> Problems()
    {
        const string P = nameof(HeroWebhookInboxOptions) + ".";
        if (MaxAttempts is < 1 or > 100)
        {
            yield return P + "MaxAttempts must be between 1 and 100.";
        }

        if (FirstRetryDelay <= TimeSpan.Zero || MaxRetryDelay < FirstRetryDelay)
        {
            yield return P + "FirstRetryDelay must be positive and at most MaxRetryDelay.";
        }

        if (Lease < TimeSpan.FromMilliseconds(300) || Lease > TimeSpan.FromHours(1))
        {
            yield return P + "Lease must be between 0.3 seconds and 1 hour.";
        }

        if (PollInterval <= TimeSpan.Zero || PollInterval > TimeSpan.FromMinutes(5))
        {
            yield return P + "PollInterval must be positive and at most 5 minutes.";
        }

        if (StallThreshold <= TimeSpan.Zero)
        {
            yield return P + "StallThreshold must be positive.";
        }

        if (Concurrency is < 1 or > 64)
        {
            yield return P + "Concurrency must be between 1 and 64.";
        }
    }
}
