using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>
/// The request handler behind <c>MapHeroWebhooks</c>: read the raw body within the size limit, verify signature and
/// timestamp, parse, then either claim the event in the processing store and run its handlers, or (inbox mode) store
/// it durably for the worker. Nothing is acknowledged before the event is completed or durably stored.
/// </summary>
/// <remarks>
/// Status codes, chosen so that nothing is lost and nothing is handled twice:
/// <list type="bullet">
/// <item>200: handled (or no handler for it), completed before (a copy), or stored in the inbox;</item>
/// <item>503 with <c>Retry-After</c>: another instance is handling this event now, or the store cannot be reached —
/// Hero retries later (the SDK's assumption: Hero documents no retry rules, and any non-2xx is the usual signal);</item>
/// <item>500: a handler threw or overran <see cref="HeroWebhookOptions.HandlerTimeout"/>; the event is released, so Hero's
/// retry runs the handlers that have not completed;</item>
/// <item>401: missing, malformed or wrong signature, or a stale timestamp (a stale delivery cannot be told from a
/// captured one, so it is not authenticated; 400 would say the payload could be fixed);</item>
/// <item>400: authentic, but not a Hero event (retrying would not change it);</item>
/// <item>413: larger than <see cref="HeroWebhookOptions.MaxBodyBytes"/>.</item>
/// </list>
/// Once every handler has returned, the event is completed even if the sender gave up meanwhile (its retry gets 200);
/// a claim lost while the handlers ran (a paused instance) is never completed by its former holder, which answers 503.
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
        var receiver = services.GetRequiredService<HeroWebhookReceiver>();
        var options = receiver.Options;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("HeroHealth.Client.Webhooks");
        var ct = http.RequestAborted;

        var body = await ReadLimitedAsync(http, options.MaxBodyBytes, ct).ConfigureAwait(false);
        if (body is null)
        {
            Answer(http, logger, started, StatusCodes.Status413PayloadTooLarge, "TooLarge", null);
            return;
        }

        var verdict = receiver.Verifier.VerifyAuthenticity(http.Request.Headers[HeroWebhookHeaders.Timestamp], http.Request.Headers[HeroWebhookHeaders.Signature], body);
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

        var key = HeroWebhookEventKey.For(options.Deduplication, verdict, webhookEvent);
        var eventName = webhookEvent.Type.ToString();
        if (receiver.Inbox is { } inbox)
        {
            await StoreAsync(http, inbox, key, webhookEvent, logger, started, ct).ConfigureAwait(false);
            return;
        }

        HeroWebhookClaim claim;
        try
        {
            claim = await receiver.Store.ClaimAsync(key, options.Lease, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            StoreFailed(logger, ex, eventName);
            RetryLater(http, logger, started, "StoreUnavailable", eventName, options.Lease);
            return;
        }

        switch (claim.Status)
        {
            case HeroWebhookClaimStatus.Completed:
                Answer(http, logger, started, StatusCodes.Status200OK, "Completed", eventName);
                return;
            case HeroWebhookClaimStatus.HeldElsewhere:
                RetryLater(http, logger, started, "InProgress", eventName, options.Lease);
                return;
        }

        await ProcessAsync(http, receiver, claim, webhookEvent, logger, started, ct).ConfigureAwait(false);
    }

    private static async Task ProcessAsync(HttpContext http, HeroWebhookReceiver receiver, HeroWebhookClaim claim, HeroWebhookEvent webhookEvent, ILogger logger, long started, CancellationToken ct)
    {
        var options = receiver.Options;
        var store = receiver.Store;
        var eventName = webhookEvent.Type.ToString();
        HeroWebhookDispatch dispatch;
        var keeper = HeroWebhookLeaseKeeper.Start(t => store.RenewAsync(claim, options.Lease, t), options.Lease, receiver.Clock, ct);
        await using (keeper.ConfigureAwait(false))
        {
            // The store writes are not the request's: once handlers returned, what they did is recorded even if the sender left.
            dispatch = await HeroWebhookDispatcher.RunAsync(webhookEvent with { FencingToken = claim.FencingToken }, claim.CompletedHandlers,
                id => store.CompleteHandlerAsync(claim, id, CancellationToken.None), options, http.RequestServices, receiver.Monitor, logger, keeper.Token).ConfigureAwait(false);
        }

        if (!dispatch.Succeeded)
        {
            // Released (a lost claim is left alone), so the next delivery runs the handlers that have not completed.
            await ReleaseQuietlyAsync(store, claim, logger, eventName).ConfigureAwait(false);
            if (dispatch.Stopped || ct.IsCancellationRequested)
            {
                RetryLater(http, logger, started, ct.IsCancellationRequested ? "Aborted" : "LeaseLost", eventName, options.Lease);
            }
            else
            {
                Answer(http, logger, started, StatusCodes.Status500InternalServerError, "HandlerFailed", eventName);
            }

            return;
        }

        bool completed;
        try
        {
            completed = await store.CompleteAsync(claim, options.EffectiveRetention, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The claim's lease then expires and Hero's retry runs the last handler again: doubled rather than lost.
            StoreFailed(logger, ex, eventName);
            RetryLater(http, logger, started, "StoreUnavailable", eventName, options.Lease);
            return;
        }

        if (!completed)
        {
            // Another holder took the event while this one was paused: only the current owner may complete it.
            RetryLater(http, logger, started, "LeaseLost", eventName, options.Lease);
            return;
        }

        Answer(http, logger, started, StatusCodes.Status200OK, "Valid", eventName);
    }

    private static async Task StoreAsync(HttpContext http, IHeroWebhookInbox inbox, string key, HeroWebhookEvent webhookEvent, ILogger logger, long started, CancellationToken ct)
    {
        var eventName = webhookEvent.Type.ToString();
        bool added;
        try
        {
            added = await inbox.AddAsync(key, webhookEvent.RawJson, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            StoreFailed(logger, ex, eventName);
            RetryLater(http, logger, started, "StoreUnavailable", eventName, TimeSpan.FromSeconds(30));
            return;
        }

        Answer(http, logger, started, StatusCodes.Status200OK, added ? "Stored" : "AlreadyStored", eventName);
    }

    private static async Task ReleaseQuietlyAsync(IHeroWebhookStore store, HeroWebhookClaim claim, ILogger logger, string eventName)
    {
        try
        {
            await store.ReleaseAsync(claim, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            StoreFailed(logger, ex, eventName); // the lease expires on its own
        }
    }

    private static void RetryLater(HttpContext http, ILogger logger, long started, string verdict, string eventName, TimeSpan after)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        Answer(http, logger, started, StatusCodes.Status503ServiceUnavailable, verdict, eventName);
    }

    private static void Answer(HttpContext http, ILogger logger, long started, int status, string verdict, string? eventName)
    {
        if (!http.Response.HasStarted)
        {
            http.Response.StatusCode = status;
        }

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

    [LoggerMessage(EventId = 103, EventName = "HeroWebhookStoreFailed", Level = LogLevel.Warning,
        Message = "The Hero webhook store failed for {EventName}; asking Hero to retry")]
    private static partial void StoreFailed(ILogger logger, Exception exception, string eventName);
}
