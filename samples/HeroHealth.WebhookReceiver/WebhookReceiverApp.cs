using HeroHealth.Client.Webhooks;

namespace HeroHealth.WebhookReceiver;

/// <summary>Builds the sample receiver (kept apart from Program.cs so tests can host it on a loopback port).</summary>
public static class WebhookReceiverApp
{
    /// <summary>The endpoint Hero delivers to.</summary>
    public const string Path = "/hero/webhooks";

    /// <summary>Largest body accepted; Hero's payloads are a few hundred bytes.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Builds the app. Configuration: <c>Hero:WebhookSigningKeys:0..n</c> (several during rotation).</summary>
    /// <param name="args">Command-line arguments (configuration and <c>--urls</c>).</param>
    /// <returns>The app, not yet started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var keys = builder.Configuration.GetSection("Hero:WebhookSigningKeys").Get<string[]>() ?? [];
        if (keys.Length == 0)
        {
            throw new InvalidOperationException("Configure Hero:WebhookSigningKeys:0 with the signing key you gave Hero when creating the webhook.");
        }

        builder.Services.AddSingleton(new HeroWebhookVerifier(keys));
        builder.Services.AddSingleton<EventInbox>();
        var app = builder.Build();

        app.MapPost(Path, async (HttpRequest request, HeroWebhookVerifier verifier, EventInbox inbox, ILoggerFactory loggers) =>
        {
            var logger = loggers.CreateLogger("HeroWebhooks");
            if (request.ContentLength > MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            // Verify the bytes exactly as received: re-serialised JSON would not match the signature. The limit holds
            // without a Content-Length too (chunked bodies).
            var body = await ReadLimitedAsync(request.Body, MaxBodyBytes, request.HttpContext.RequestAborted);
            if (body is null)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            var verdict = await verifier.VerifyAsync(request.Headers[HeroWebhookHeaders.Timestamp], request.Headers[HeroWebhookHeaders.Signature], body, request.HttpContext.RequestAborted);
            if (verdict.Status == WebhookVerificationStatus.Replayed)
            {
                // Already accepted (a replay, or Hero re-sending what it did not see acknowledged): acknowledge, do nothing.
                logger.LogInformation("Ignored a replayed webhook delivery");
                return Results.Ok();
            }

            if (!verdict.IsValid)
            {
                logger.LogWarning("Rejected a webhook delivery: {Status} ({Reason})", verdict.Status, verdict.Reason);
                return Results.Unauthorized();
            }

            if (!HeroWebhookEvent.TryParse(body, out var webhookEvent))
            {
                return Results.BadRequest();
            }

            try
            {
                // Acknowledge quickly; do the work (e.g. fetch the appointment by id) outside the request. Handlers must
                // still be idempotent: Hero's retries are undocumented, and a retry it signs afresh is a new delivery.
                inbox.Add(webhookEvent);
            }
            catch (InvalidOperationException)
            {
                // Not queued: forget the delivery so Hero's retry of it is accepted, and ask Hero to retry.
                await verifier.ForgetAsync(verdict, request.HttpContext.RequestAborted);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            logger.LogInformation("Hero event {Event} for {Object} {Id} (practice group {PracticeGroup})",
                webhookEvent.EventName, webhookEvent.ObjectType, webhookEvent.Id, webhookEvent.PracticeGroupId);
            return Results.Ok();
        });

        return app;
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
