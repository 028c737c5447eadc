using HeroHealth.Client;

namespace HeroHealth.WebhookReceiver;

/// <summary>Builds the sample receiver (kept apart from Program.cs so tests can host it on a loopback port).</summary>
public static class WebhookReceiverApp
{
    /// <summary>The endpoint Hero delivers to.</summary>
    public const string Path = "/hero/webhooks";

    /// <summary>
    /// Builds the app. Configuration: <c>HeroWebhooks:SigningKeys:0..n</c> (several during rotation); for several
    /// instances, <c>ConnectionStrings:HeroWebhooksPostgreSql</c> or <c>ConnectionStrings:HeroWebhooksRedis</c> (one
    /// processing record per event shared by all of them); with either, <c>HeroWebhooks:Inbox=true</c> acknowledges
    /// each event once stored and runs the handlers in a background worker.
    /// </summary>
    /// <param name="args">Command-line arguments (configuration and <c>--urls</c>).</param>
    /// <returns>The app, not yet started.</returns>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Verification (every signing key, timestamp), the processing record of each event, the size limit and dispatch
        // come from HeroHealth.Client.AspNetCore; the app only says what to do with each event.
        builder.Services.AddHeroWebhooks(builder.Configuration.GetSection(HeroWebhookOptions.DefaultSectionName));
        builder.Services.AddHealthChecks();

        // One instance keeps its processing records in memory (the default); several share them in a database.
        var postgres = builder.Configuration.GetConnectionString("HeroWebhooksPostgreSql");
        var redis = builder.Configuration.GetConnectionString("HeroWebhooksRedis");
        if (!string.IsNullOrEmpty(postgres))
        {
            builder.Services.AddHeroWebhookPostgreSqlStore(postgres);
        }
        else if (!string.IsNullOrEmpty(redis))
        {
            builder.Services.AddHeroWebhookRedisStore(redis);
        }

        if ((!string.IsNullOrEmpty(postgres) || !string.IsNullOrEmpty(redis)) && builder.Configuration.GetValue<bool>("HeroWebhooks:Inbox"))
        {
            builder.Services.AddHeroWebhookInbox();
            builder.Services.AddHealthChecks().AddHeroWebhookInbox(tags: ["ready"]);
        }

        builder.Services.AddSingleton<EventInbox>();
        foreach (var eventType in WebhookEventType.KnownValues.Append(WebhookEventType.FormSubmissionCreated))
        {
            builder.Services.AddHeroWebhookHandler<InboxHandler>(eventType);
        }

        // Events Hero adds after this SDK version reach the inbox too.
        builder.Services.Configure<HeroWebhookOptions>(o => o.OnUnhandled((e, sp, ct) => sp.GetRequiredService<InboxHandler>().HandleAsync(e, ct)));

        var app = builder.Build();
        app.MapHeroWebhooks(Path);
        app.MapHealthChecks("/health");
        return app;
    }

    /// <summary>Queues each event for background work (fetch the appointment by id, update your records).</summary>
    private sealed class InboxHandler(EventInbox inbox) : IHeroWebhookHandler
    {
        public Task HandleAsync(HeroWebhookEvent webhookEvent, CancellationToken cancellationToken)
        {
            inbox.Add(webhookEvent); // throws when full: the endpoint answers 500 and Hero's retry is accepted later
            return Task.CompletedTask;
        }
    }
}
