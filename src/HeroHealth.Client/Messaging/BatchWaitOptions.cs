namespace HeroHealth.Client;

/// <summary>How <see cref="MessagesClientExtensions.WaitForBatchAsync(IMessagesClient, string, BatchWaitOptions?, CancellationToken)"/> polls a batch.</summary>
public sealed record BatchWaitOptions
{
    internal static readonly BatchWaitOptions Default = new();

    /// <summary>Time between polls (default 5 seconds; at least 100 ms).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Give up after this long (default 10 minutes), measured by the client's <see cref="TimeProvider"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Statuses that end the wait (default: COMPLETED). A status this SDK does not know always ends it.</summary>
    public IReadOnlyCollection<BatchMessageStatus>? Until { get; init; }
}
