using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>
/// The request handler behind <c>MapHeroWebhooks</c>: read the raw body within the size limit, verify (every key,
/// timestamp, replay), parse, dispatch to the handlers of the event type, answer.
/// </summary>
/// <remarks>
/// Status codes, chosen so that nothing is lost and nothing makes Hero retry for ever:
/// <list type="bullet">
/// <item>200: handled, no handler for the event, or a replay (a delivery already accepted: Hero's retry behaviour is
/// undocumented, and anything but a 2xx could make it send the same delivery again and again);</item>
/// <item>401: missing, malformed or wrong signature, or a stale timestamp (a stale delivery cannot be told from a
/// captured one, so it is not authenticated; 400 would say the payload could be fixed);</item>
/// <item>400: authentic, but not a Hero event (retrying would not change it);</item>
/// <item>413: larger than <see cref="HeroWebhookOptions.MaxBodyBytes"/>;</item>
/// <item>500: a handler threw; the delivery is forgotten by the replay protection so Hero's retry is accepted.</item>
/// </list>
/// </remarks>
internal static partial class HeroWebhookEndpoint
{
    private static readonly Counter<long> Deliveries = HeroHealthDiagnostics.Meter.CreateCounter<long>(
        "hero.webhook.deliveries", unit: "{delivery}", description: "Hero webhook deliveries received, by verdict and event.");

    private static readonly Histogram<double> Duration = HeroHealthDiagnostics.Meter.CreateHistogram<double>(
        "hero.webhook.duration", unit: "s", description: "Time from receiving a Hero webhook delivery to answering it.");

    public static async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<HeroWebhookOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("HeroHealth.Client.Webhooks");
        var verifier = services.GetRequiredService<HeroWebhookVerifierHolder>().Verifier;
        var ct = http.RequestAborted;

        var body = await ReadLimitedAsync(http, options.MaxBodyBytes, ct).ConfigureAwait(false);
        if (body is null)
        {
            Answer(http, logger, started, StatusCodes.Status413PayloadTooLarge, "TooLarge", null);
            return;
        }

        var verdict = await verifier.VerifyAsync(http.Request.Headers[HeroWebhookHeaders.Timestamp], http.Request.Headers[HeroWebhookHeaders.Signature], body, ct).ConfigureAwait(false);
        if (verdict.Status == WebhookVerificationStatus.Replayed)
        {
            Answer(http, logger, started, StatusCodes.Status200OK, verdict.Status.ToString(), null);
            return;
        }

        if (!verdict.IsValid)
        {
            Answer(http, logger, started, StatusCodes.Status401Unauthorized, verdict.Status.ToString(), null);
            return;
        }

        if (!HeroWebhookEvent.TryParse(body, out var webhookEvent))
        {
            Answer(http, logger, started, StatusCodes.Status400BadRequest, "NotAnEvent", null);
            return;
        }

        var failed = await DispatchAsync(webhookEvent, options, services, logger, ct).ConfigureAwait(false);
        if (failed)
        {
            await verifier.ForgetAsync(verdict, CancellationToken.None).ConfigureAwait(false);
            Answer(http, logger, started, StatusCodes.Status500InternalServerError, "HandlerFailed", webhookEvent.Type.ToString());
            return;
        }

        Answer(http, logger, started, StatusCodes.Status200OK, verdict.Status.ToString(), webhookEvent.Type.ToString());
    }

    /// <summary>Runs every handler of the event's type (each isolated: one failing does not stop the others).</summary>
    /// <returns>Whether any handler failed.</returns>
    private static async Task<bool> DispatchAsync(HeroWebhookEvent webhookEvent, HeroWebhookOptions options, IServiceProvider services, ILogger logger, CancellationToken ct)
    {
        // Handler types from DI first, then the options' delegates, in registration order; one loop runs both.
        var handlers = services.GetServices<HeroWebhookHandlerRegistration>()
            .Where(r => r.EventType == webhookEvent.Type)
            .Select(r => (Name: r.HandlerType.Name, Run: (Func<Task>)(() => ((IHeroWebhookHandler)services.GetRequiredService(r.HandlerType)).HandleAsync(webhookEvent, ct))))
            .Concat(options.Handlers
                .Where(h => h.Type == webhookEvent.Type)
                .Select(h => (Name: "delegate", Run: (Func<Task>)(() => h.Handler(webhookEvent, services, ct)))))
            .ToList();
        if (handlers.Count == 0)
        {
            handlers = options.UnhandledHandlers
                .Select(h => (Name: "unhandled", Run: (Func<Task>)(() => h(webhookEvent, services, ct))))
                .ToList();
        }

        if (handlers.Count == 0)
        {
            NoHandler(logger, webhookEvent.Type);
        }

        var failed = false;
        foreach (var (name, run) in handlers)
        {
            try
            {
                await run().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                failed = true;
                HandlerFailed(logger, ex, webhookEvent.Type, name);
            }
        }

        return failed;
    }

    private static void Answer(HttpContext http, ILogger logger, long started, int status, string verdict, string? eventName)
    {
        http.Response.StatusCode = status;
        var elapsed = Stopwatch.GetElapsedTime(started);
        var tags = new TagList
        {
            { "hero.webhook.verdict", verdict },
            { "hero.webhook.event", eventName ?? "(unverified)" },
            { "http.response.status_code", status },
        };
        Deliveries.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
        Delivered(logger, eventName ?? "(unverified)", verdict, status, (long)elapsed.TotalMilliseconds);
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpContext http, int limit, CancellationToken ct)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null; // chunked or lying Content-Length: stop reading, do not buffer the rest
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 100, EventName = "HeroWebhookDelivery", Level = LogLevel.Information,
        Message = "Hero webhook delivery {EventName}: {Verdict}, answered {StatusCode} in {ElapsedMs} ms")]
    private static partial void Delivered(ILogger logger, string eventName, string verdict, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 101, EventName = "HeroWebhookHandlerFailed", Level = LogLevel.Error,
        Message = "Hero webhook handler {Handler} failed for {EventName}; answering 500 so Hero can retry")]
    private static partial void HandlerFailed(ILogger logger, Exception exception, WebhookEventType eventName, string handler);

    [LoggerMessage(EventId = 102, EventName = "HeroWebhookNoHandler", Level = LogLevel.Debug,
        Message = "No handler for Hero webhook event {EventName}; acknowledged")]
    private static partial void NoHandler(ILogger logger, WebhookEventType eventName);
}
