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

    public void Abandoned(Task handler)
    {
        Interlocked.Exchange(ref _lastTimeoutTicks, Clock.GetUtcNow().UtcTicks);
        _overdue.TryAdd(handler, 0);
        _ = handler.ContinueWith(t => _overdue.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
