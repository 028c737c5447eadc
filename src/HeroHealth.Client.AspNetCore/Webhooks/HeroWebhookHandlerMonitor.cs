using System.Collections.Concurrent;

namespace HeroHealth.Client;

/// <summary>
/// Remembers the handlers that overran <see cref="HeroWebhookOptions.HandlerTimeout"/>: those still running (abandoned
/// by their attempt, holding a thread or a connection) and when the last one timed out, for the health checks.
/// </summary>
internal sealed class HeroWebhookHandlerMonitor(TimeProvider? timeProvider = null)
{
    private readonly ConcurrentDictionary<Task, byte> _overdue = new();
    private long _lastTimeoutTicks;

    public TimeProvider Clock { get; } = timeProvider ?? TimeProvider.System;

    /// <summary>Handlers that overran their timeout and have not finished yet.</summary>
    public int StillRunning => _overdue.Count;

    /// <summary>When a handler last overran its timeout, if ever.</summary>
    public DateTimeOffset? LastTimeout => Interlocked.Read(ref _lastTimeoutTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    /// <summary>How long a handler's timeout keeps the health checks degraded after it happened.</summary>
    public static readonly TimeSpan TimeoutMemory = TimeSpan.FromMinutes(15);

    /// <summary>What the health checks report about overrun handlers, or null when there is nothing to report.</summary>
    public string? Problem()
    {
        if (StillRunning > 0)
        {
            return FormattableString.Invariant($"{StillRunning} handler(s) still running past HandlerTimeout");
        }

        return LastTimeout is { } at && Clock.GetUtcNow() - at < TimeoutMemory
            ? FormattableString.Invariant($"a handler overran HandlerTimeout {(Clock.GetUtcNow() - at).TotalSeconds:0} s ago")
            : null;
    }

    public void Abandoned(Task handler)
    {
        Interlocked.Exchange(ref _lastTimeoutTicks, Clock.GetUtcNow().UtcTicks);
        _overdue.TryAdd(handler, 0);
        _ = handler.ContinueWith(t => _overdue.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
