
namespace HeroHealth.Client;

/// <summary>Webhook subscriptions: subscribe with a signing key, list, unsubscribe.</summary>
public static partial class WebhooksClientExtensions
{
    /// <summary>Subscribes <paramref name="url"/> to one event type; deliveries are signed with <paramref name="signingKey"/>.</summary>
    /// <inheritdoc cref="SubscribeAsync(IWebhooksClient, WebhookEventType, Uri, string?, WebhookSubscriptionOptions?, CancellationToken)"/>
    public static Task<Webhook?> SubscribeAsync(this IWebhooksClient webhooks, WebhookEventType eventType, Uri url, string? signingKey, CancellationToken cancellationToken = default) =>
        SubscribeAsync(webhooks, eventType, url, signingKey, null, cancellationToken);

    /// <summary>Subscribes <paramref name="url"/> to one event type; deliveries are signed with <paramref name="signingKey"/>.</summary>
    /// <param name="webhooks">The webhooks client (<c>hero.Webhooks</c>).</param>
    /// <param name="eventType">The event, e.g. <see cref="WebhookEventType.AppointmentConfirmed"/>. A name this SDK does
    /// not know yet is sent as given (Hero refuses names it does not offer with a 400).</param>
    /// <param name="url">Your https endpoint.</param>
    /// <param name="signingKey">The HMAC key Hero signs deliveries with; make one with <see cref="HeroWebhookSigner.GenerateSigningKey"/>. Null sends unsigned deliveries (not recommended).</param>
    /// <param name="options">A description for the practice and extra headers for each delivery; none when null.</param>
    /// <param name="cancellationToken">Cancels the call. Not retried once it may have reached Hero.</param>
    /// <returns>The subscription; <see langword="null"/> when Hero accepted it with an empty 2xx (it exists: do not subscribe again).</returns>
    public static Task<Webhook?> SubscribeAsync(this IWebhooksClient webhooks, WebhookEventType eventType, Uri url, string? signingKey, WebhookSubscriptionOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
        {
            throw new ArgumentException("A webhook URL must be absolute https (http only for loopback tests).", nameof(url));
        }

        RequireNamed(eventType);

        if (signingKey is { Length: < 16 })
        {
            throw new ArgumentException("Use a signing key of at least 16 characters (HeroWebhookSigner.GenerateSigningKey()).", nameof(signingKey));
        }

        return webhooks.CreateWebhookAsync(new CreateWebhookRequest
        {
            EventType = eventType,
            Url = url,
            SigningKey = signingKey,
            Description = options?.Description,
            Headers = options?.Headers?.ToDictionary(h => h.Key, h => h.Value),
        }, cancellationToken);
    }

    /// <summary>Lists the practice group's webhook subscriptions, typed (<c>listWebhooks</c>, whose path is inferred).</summary>
    /// <inheritdoc cref="FindWebhooksAsync(IWebhooksClient, WebhookEventType, CancellationToken)"/>
    public static async Task<IReadOnlyList<Webhook>> FindWebhooksAsync(this IWebhooksClient webhooks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        return await FindAsync(webhooks, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the practice group's webhook subscriptions for one event type, typed (<c>listWebhooks</c>, whose path is inferred).</summary>
    /// <param name="webhooks">The webhooks client.</param>
    /// <param name="eventType">Only this event type.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhooks (Hero's list shape is undocumented: <c>{data: [...]}</c> and bare arrays are read).</returns>
    /// <exception cref="ArgumentException"><paramref name="eventType"/> is <see langword="default"/> (it names no event).</exception>
    public static async Task<IReadOnlyList<Webhook>> FindWebhooksAsync(this IWebhooksClient webhooks, WebhookEventType eventType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        RequireNamed(eventType);
        return await FindAsync(webhooks, eventType.ToString(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a webhook.</summary>
    /// <param name="webhooks">The webhooks client.</param>
    /// <param name="webhookId">The webhook id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>When Hero accepted the deletion.</returns>
    public static Task UnsubscribeAsync(this IWebhooksClient webhooks, string webhookId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        ArgumentException.ThrowIfNullOrWhiteSpace(webhookId);
        return webhooks.DeleteWebhookAsync(webhookId, cancellationToken);
    }

    private static async Task<IReadOnlyList<Webhook>> FindAsync(IWebhooksClient webhooks, string? eventType, CancellationToken cancellationToken) =>
        UndocumentedLists.Items<Webhook>(await webhooks.ListWebhooksAsync(eventType, cancellationToken).ConfigureAwait(false), "listWebhooks");

    // default(WebhookEventType) carries no name: sending it would subscribe to, or filter by, nothing Hero knows.
    private static void RequireNamed(WebhookEventType eventType)
    {
        if (eventType.ToString().Length == 0)
        {
            throw new ArgumentException("Name the event type (e.g. WebhookEventType.AppointmentConfirmed); default has none.", nameof(eventType));
        }
    }
}
