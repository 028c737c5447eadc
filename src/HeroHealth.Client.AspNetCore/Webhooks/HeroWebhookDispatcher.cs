using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>Runs the handlers of an event's type, for the endpoint (in the request) and the inbox worker (in its own scope).</summary>
internal static partial class HeroWebhookDispatcher
{
    /// <summary>Runs every handler of the event's type (each isolated: one failing does not stop the others).</summary>
    /// <returns>The first handler failure, or <see langword="null"/> when all succeeded.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Exception?> RunAsync(HeroWebhookEvent webhookEvent, HeroWebhookOptions options, IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        // Handler types from DI first, then the options' delegates, in registration order; one loop runs both.
        var handlers = services.GetServices<HeroWebhookHandlerRegistration>()
            .Where(r => r.EventType == webhookEvent.Type)
            .Select(r => (Name: r.HandlerType.Name, Run: (Func<Task>)(() => ((IHeroWebhookHandler)services.GetRequiredService(r.HandlerType)).HandleAsync(webhookEvent, cancellationToken))))
            .Concat(options.Handlers
                .Where(h => h.Type == webhookEvent.Type)
                .Select(h => (Name: "delegate", Run: (Func<Task>)(() => h.Handler(webhookEvent, services, cancellationToken)))))
            .ToList();
        if (handlers.Count == 0)
        {
            handlers = options.UnhandledHandlers
                .Select(h => (Name: "unhandled", Run: (Func<Task>)(() => h(webhookEvent, services, cancellationToken))))
                .ToList();
        }

        if (handlers.Count == 0)
        {
            NoHandler(logger, webhookEvent.Type);
        }

        Exception? failure = null;
        foreach (var (name, run) in handlers)
        {
            try
            {
                await run().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure ??= ex;
                HandlerFailed(logger, ex, webhookEvent.Type, name);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return failure;
    }

    [LoggerMessage(EventId = 101, EventName = "HeroWebhookHandlerFailed", Level = LogLevel.Error,
        Message = "Hero webhook handler {Handler} failed for {EventName}; the event is released for another attempt")]
    private static partial void HandlerFailed(ILogger logger, Exception exception, WebhookEventType eventName, string handler);

    [LoggerMessage(EventId = 102, EventName = "HeroWebhookNoHandler", Level = LogLevel.Debug,
        Message = "No handler for Hero webhook event {EventName}; acknowledged")]
    private static partial void NoHandler(ILogger logger, WebhookEventType eventName);
}
