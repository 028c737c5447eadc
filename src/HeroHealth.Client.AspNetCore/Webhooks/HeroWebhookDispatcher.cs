using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>Runs the handlers of an event's type, for the endpoint (in the request) and the inbox worker (in its own scope).</summary>
internal static partial class HeroWebhookDispatcher
{
    /// <summary>
    /// Runs every handler of the event's type that has not completed in an earlier attempt, each isolated (one failing
    /// does not stop the others) and each under <see cref="HeroWebhookOptions.HandlerTimeout"/>. A handler that returns
    /// has completed, whatever happened to the token meanwhile; each one that succeeds while others remain is recorded
    /// through <paramref name="recordHandler"/>, so a retry runs only the rest.
    /// </summary>
    /// <returns>What happened; when every handler succeeded the caller completes the event.</returns>
    public static async Task<HeroWebhookDispatch> RunAsync(HeroWebhookEvent webhookEvent, IReadOnlyCollection<string> completed, Func<string, ValueTask<bool>> recordHandler,
        HeroWebhookOptions options, IServiceProvider services, HeroWebhookHandlerMonitor monitor, ILogger logger, CancellationToken cancellationToken)
    {
        var pending = Handlers(webhookEvent, options, services).Where(h => !completed.Contains(h.Id, StringComparer.Ordinal)).ToList();
        if (pending.Count == 0 && completed.Count == 0)
        {
            NoHandler(logger, webhookEvent.Type);
        }

        Exception? failure = null;
        for (var i = 0; i < pending.Count; i++)
        {
            var (id, run) = pending[i];
            if (cancellationToken.IsCancellationRequested)
            {
                return new(failure, Stopped: true); // the lease was lost or the caller stops: start nothing new
            }

            var outcome = await RunOneAsync(id, run, webhookEvent, options, monitor, logger, cancellationToken).ConfigureAwait(false);
            if (outcome is not null)
            {
                failure ??= outcome;
                continue;
            }

            // The last handler of an attempt that has not failed is recorded by completing the event: one write.
            if (i < pending.Count - 1 || failure is not null)
            {
                try
                {
                    if (!await recordHandler(id).ConfigureAwait(false))
                    {
                        return new(failure, Stopped: true);
                    }
                }
                catch (Exception ex)
                {
                    failure ??= ex; // not recorded: it runs again on the retry, doubled rather than lost
                }
            }
        }

        return new(failure, Stopped: false);
    }

    private static async Task<Exception?> RunOneAsync(string id, Func<CancellationToken, Task> run, HeroWebhookEvent webhookEvent, HeroWebhookOptions options,
        HeroWebhookHandlerMonitor monitor, ILogger logger, CancellationToken cancellationToken)
    {
        var timeout = new CancellationTokenSource(options.HandlerTimeout, monitor.Clock);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        Task task;
        try
        {
            task = run(linked.Token);
        }
        catch (Exception ex)
        {
            task = Task.FromException(ex);
        }

        try
        {
            // Waits for the handler, not for the token: one that ignores its token still finishes and counts as done.
            await task.WaitAsync(options.HandlerTimeout, monitor.Clock, CancellationToken.None).ConfigureAwait(false);
            return null;
        }
        catch (TimeoutException) when (!task.IsCompleted)
        {
            await linked.CancelAsync().ConfigureAwait(false);
            monitor.Abandoned(task);
            HandlerTimedOut(logger, webhookEvent.Type, id, (long)options.HandlerTimeout.TotalSeconds);
            return new TimeoutException($"The webhook handler {id} did not finish within HandlerTimeout ({options.HandlerTimeout}); the attempt counts as failed.");
        }
        catch (Exception ex)
        {
            HandlerFailed(logger, ex, webhookEvent.Type, id);
            return ex;
        }
        finally
        {
            // An abandoned handler may still read its token: the sources go when it finishes.
            _ = task.ContinueWith(_ => { linked.Dispose(); timeout.Dispose(); }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// The handlers of the event's type with their stable ids: DI handler types first (by full name), then the options'
    /// delegates (by registration order), or the unhandled-event delegates when neither takes the event.
    /// </summary>
    internal static List<(string Id, Func<CancellationToken, Task> Run)> Handlers(HeroWebhookEvent webhookEvent, HeroWebhookOptions options, IServiceProvider services)
    {
        var handlers = new List<(string Id, Func<CancellationToken, Task> Run)>();
        foreach (var r in services.GetServices<HeroWebhookHandlerRegistration>().Where(r => r.EventType == webhookEvent.Type))
        {
            handlers.Add((Unique(handlers, "type:" + (r.HandlerType.FullName ?? r.HandlerType.Name)),
                ct => ((IHeroWebhookHandler)services.GetRequiredService(r.HandlerType)).HandleAsync(webhookEvent, ct)));
        }

        var delegates = options.Handlers.Where(h => h.Type == webhookEvent.Type).Select(h => h.Handler).ToList();
        for (var i = 0; i < delegates.Count; i++)
        {
            var handler = delegates[i];
            handlers.Add((FormattableString.Invariant($"delegate:{webhookEvent.Type}#{i}"), ct => handler(webhookEvent, services, ct)));
        }

        if (handlers.Count == 0)
        {
            for (var i = 0; i < options.UnhandledHandlers.Count; i++)
            {
                var handler = options.UnhandledHandlers[i];
                handlers.Add((FormattableString.Invariant($"unhandled#{i}"), ct => handler(webhookEvent, services, ct)));
            }
        }

        return handlers;
    }

    // The same handler type registered twice for one event runs twice, as before; its second id gets a suffix.
    private static string Unique(List<(string Id, Func<CancellationToken, Task> Run)> handlers, string id) =>
        handlers.Count(h => h.Id == id || h.Id.StartsWith(id + "#", StringComparison.Ordinal)) is var n and > 0 ? FormattableString.Invariant($"{id}#{n}") : id;

    [LoggerMessage(EventId = 101, EventName = "HeroWebhookHandlerFailed", Level = LogLevel.Error,
        Message = "Hero webhook handler {Handler} failed for {EventName}; the event is released for another attempt")]
    private static partial void HandlerFailed(ILogger logger, Exception exception, WebhookEventType eventName, string handler);

    [LoggerMessage(EventId = 102, EventName = "HeroWebhookNoHandler", Level = LogLevel.Debug,
        Message = "No handler for Hero webhook event {EventName}; acknowledged")]
    private static partial void NoHandler(ILogger logger, WebhookEventType eventName);

    [LoggerMessage(EventId = 104, EventName = "HeroWebhookHandlerTimedOut", Level = LogLevel.Error,
        Message = "Hero webhook handler {Handler} did not finish {EventName} within {TimeoutSeconds} s; the attempt counts as failed and the handler is left running")]
    private static partial void HandlerTimedOut(ILogger logger, WebhookEventType eventName, string handler, long timeoutSeconds);
}
