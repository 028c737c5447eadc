using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>
/// Runs the handlers of the events the endpoint stored in the durable inbox: lease the oldest due event, run its
/// handlers in a scope of their own, complete it, or schedule the next attempt (doubling delay with jitter) and park it
/// as dead after the last. A worker that dies mid-handler loses its lease, and the event is due again for any instance.
/// </summary>
internal sealed partial class HeroWebhookInboxWorker(
    IServiceProvider services,
    IOptions<HeroWebhookOptions> webhookOptions,
    IOptions<HeroWebhookInboxOptions> inboxOptions,
    ILogger<HeroWebhookInboxWorker> logger,
    HeroWebhookHandlerMonitor monitor,
    TimeProvider? timeProvider = null) : BackgroundService
{
    private static readonly string[] States = ["pending", "dead"];
    private readonly TimeProvider _clock = timeProvider ?? TimeProvider.System;
    private long _pending;
    private long _dead;
    private long _oldestDueMs;
    private long _countedAt;

    static HeroWebhookInboxWorker()
    {
        HeroHealthDiagnostics.Meter.CreateObservableGauge<long>("hero.webhook.inbox.events", Observe, unit: "{event}", description: "Hero webhook events in the durable inbox that are not completed, by state (pending, dead).");
        HeroHealthDiagnostics.Meter.CreateObservableGauge<double>("hero.webhook.inbox.oldest_age", () => Current is { } w ? [new Measurement<double>(Interlocked.Read(ref w._oldestDueMs) / 1000.0)] : [],
            unit: "s", description: "How long the oldest due Hero webhook event in the durable inbox has waited for a worker.");
    }

    private static IEnumerable<Measurement<long>> Observe() => Current is { } w
        ?
        [
            new(Interlocked.Read(ref w._pending), new KeyValuePair<string, object?>("hero.webhook.inbox.state", States[0])),
            new(Interlocked.Read(ref w._dead), new KeyValuePair<string, object?>("hero.webhook.inbox.state", States[1])),
        ]
        : [];

    /// <summary>The running worker, for the gauge (one inbox per application).</summary>
    private static HeroWebhookInboxWorker? Current { get; set; }

    private IHeroWebhookInbox Inbox => InboxOf(services)!;

    /// <summary>
    /// The durable inbox when <c>AddHeroWebhookInbox</c> was called, <see langword="null"/> when it was not; one check for
    /// the worker's start, the endpoint's mapping and the endpoint itself.
    /// </summary>
    /// <exception cref="InvalidOperationException">The inbox was asked for without a durable store.</exception>
    internal static IHeroWebhookInbox? InboxOf(IServiceProvider services) =>
        services.GetService<HeroWebhookInboxWorker>() is null ? null : services.GetService<IHeroWebhookInbox>() ?? throw new InvalidOperationException(
            "AddHeroWebhookInbox needs a durable store: add services.AddHeroWebhookPostgreSqlStore(...) (package HeroHealth.Client.Webhooks.PostgreSql) " +
            "or services.AddHeroWebhookRedisStore(...) (package HeroHealth.Client.Webhooks.Redis).");

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Inbox; // fail at start-up, not at the first event
        Current = this;
        return base.StartAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, inboxOptions.Value.Concurrency).Select(_ => Task.Run(() => LoopAsync(stoppingToken), CancellationToken.None)));

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        var options = inboxOptions.Value;
        var inbox = Inbox;
        while (!stoppingToken.IsCancellationRequested)
        {
            HeroWebhookInboxItem? item;
            try
            {
                await CountAsync(inbox, force: false, stoppingToken).ConfigureAwait(false);
                item = await inbox.LeaseAsync(options.Lease, stoppingToken).ConfigureAwait(false);
                if (item is null)
                {
                    await CountAsync(inbox, force: true, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                StoreFailed(logger, ex);
                item = null;
            }

            if (item is null)
            {
                try
                {
                    await Task.Delay(options.PollInterval, _clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            await ProcessAsync(inbox, item, options, stoppingToken).ConfigureAwait(false);
        }
    }

    // Counted when idle, and every few seconds when busy, so the gauges move even while every slot works.
    private async Task CountAsync(IHeroWebhookInbox inbox, bool force, CancellationToken stoppingToken)
    {
        var now = Environment.TickCount64;
        var counted = Interlocked.Read(ref _countedAt);
        if ((force || now - counted > 5000) && Interlocked.CompareExchange(ref _countedAt, now, counted) == counted)
        {
            var counts = await inbox.CountAsync(stoppingToken).ConfigureAwait(false);
            Interlocked.Exchange(ref _pending, counts.Pending);
            Interlocked.Exchange(ref _dead, counts.Dead);
            Interlocked.Exchange(ref _oldestDueMs, (long)counts.OldestDueAge.TotalMilliseconds);
        }
    }

    private async Task ProcessAsync(IHeroWebhookInbox inbox, HeroWebhookInboxItem item, HeroWebhookInboxOptions options, CancellationToken stoppingToken)
    {
        if (!HeroWebhookEvent.TryParse(item.Payload, out var webhookEvent))
        {
            await RecordAsync(() => inbox.FailAsync(item, null, "NotAnEvent", CancellationToken.None)).ConfigureAwait(false);
            return;
        }

        HeroWebhookDispatch dispatch;
        var keeper = HeroWebhookLeaseKeeper.Start(t => inbox.RenewAsync(item, options.Lease, t), options.Lease, _clock, stoppingToken);
        await using (keeper.ConfigureAwait(false))
        {
            var scope = services.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                dispatch = await HeroWebhookDispatcher.RunAsync(webhookEvent with { FencingToken = item.FencingToken }, item.CompletedHandlers,
                    id => inbox.CompleteHandlerAsync(item, id, CancellationToken.None), webhookOptions.Value, scope.ServiceProvider, monitor, logger, keeper.Token).ConfigureAwait(false);
            }
        }

        if (dispatch.Succeeded)
        {
            if (!await RecordAsync(() => inbox.CompleteAsync(item, webhookOptions.Value.EffectiveRetention, CancellationToken.None)).ConfigureAwait(false))
            {
                LeaseLost(logger, webhookEvent.Type); // a paused worker: the event's new holder completes it
            }

            return;
        }

        if (stoppingToken.IsCancellationRequested || dispatch.Stopped)
        {
            // Shutting down, or the lease was lost: due again at once (a no-op for a lease another worker holds now).
            await RecordAsync(() => inbox.FailAsync(item, _clock.GetUtcNow(), stoppingToken.IsCancellationRequested ? "Stopped" : "LeaseLost", CancellationToken.None)).ConfigureAwait(false);
            return;
        }

        var failure = dispatch.Failure!;
        var error = failure.GetType().FullName ?? failure.GetType().Name;
        if (item.Attempts >= options.MaxAttempts)
        {
            Dead(logger, webhookEvent.Type, item.Attempts, error);
            await RecordAsync(() => inbox.FailAsync(item, null, error, CancellationToken.None)).ConfigureAwait(false);
            return;
        }

        // Gives the lease up with the next attempt's time: a hung handler no longer holds its event or its slot.
        await RecordAsync(() => inbox.FailAsync(item, _clock.GetUtcNow() + RetryDelay(options, item.Attempts), error, CancellationToken.None)).ConfigureAwait(false);
    }

    /// <summary>Doubling from the first delay, capped, with up to 20 % jitter so failed events do not retry in step.</summary>
    internal static TimeSpan RetryDelay(HeroWebhookInboxOptions options, int attempts)
    {
        var doubled = options.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        var capped = Math.Min(doubled, options.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (1 + (0.2 * Random.Shared.NextDouble())));
    }

    // A failed write leaves the lease to expire, so the event runs again: doubled rather than lost.
    private async Task RecordAsync(Func<ValueTask> write) => await RecordAsync(async () =>
    {
        await write().ConfigureAwait(false);
        return true;
    }).ConfigureAwait(false);

    private async Task<bool> RecordAsync(Func<ValueTask<bool>> write)
    {
        try
        {
            return await write().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            StoreFailed(logger, ex);
            return true; // not a lost lease: the store failed, which is logged
        }
    }

    [LoggerMessage(EventId = 110, EventName = "HeroWebhookInboxStoreFailed", Level = LogLevel.Warning,
        Message = "The Hero webhook inbox store failed; the event stays due and is tried again")]
    private static partial void StoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 112, EventName = "HeroWebhookInboxLeaseLost", Level = LogLevel.Warning,
        Message = "Hero webhook event {EventName} was handled after its lease passed to another worker; that worker completes it")]
    private static partial void LeaseLost(ILogger logger, WebhookEventType eventName);

    [LoggerMessage(EventId = 111, EventName = "HeroWebhookInboxDead", Level = LogLevel.Error,
        Message = "Hero webhook event {EventName} failed {Attempts} times (last: {Error}); parked as dead until replayed")]
    private static partial void Dead(ILogger logger, WebhookEventType eventName, int attempts, string error);
}
