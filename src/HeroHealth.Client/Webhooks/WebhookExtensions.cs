
namespace HeroHealth.Client;

/// <summary>Webhook subscriptions: subscribe with a signing key, list, unsubscribe.</summary>
public static class WebhookExtensions
{
    /// <summary>Subscribes <paramref name="url"/> to one event type; deliveries are signed with <paramref name="signingKey"/>.</summary>
    /// <param name="webhooks">The webhooks client (<c>hero.Webhooks</c>).</param>
    /// <param name="eventType">The event, e.g. <see cref="WebhookEventType.AppointmentConfirmed"/>. A name this SDK does
    /// not know yet is sent as given (Hero refuses names it does not offer with a 400).</param>
    /// <param name="url">Your https endpoint.</param>
    /// <param name="signingKey">The HMAC key Hero signs deliveries with; make one with <see cref="HeroWebhookSigner.GenerateSigningKey"/>. Null sends unsigned deliveries (not recommended).</param>
    /// <param name="description">A note for the practice.</param>
    /// <param name="headers">Extra headers Hero adds to each delivery.</param>
    /// <param name="cancellationToken">Cancels the call. Not retried once it may have reached Hero.</param>
    /// <returns>The subscription; <see langword="null"/> when Hero accepted it with an empty 2xx (it exists: do not subscribe again).</returns>
    public static Task<Webhook?> SubscribeAsync(this IWebhooksClient webhooks, WebhookEventType eventType, Uri url, string? signingKey, string? description = null, IReadOnlyDictionary<string, string>? headers = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
        {
            throw new ArgumentException("A webhook URL must be absolute https (http only for loopback tests).", nameof(url));
        }

        if (eventType.ToString().Length == 0)
        {
            throw new ArgumentException("Name the event type (e.g. WebhookEventType.AppointmentConfirmed); default has none.", nameof(eventType));
        }

        if (signingKey is { Length: < 16 })
        {
            throw new ArgumentException("Use a signing key of at least 16 characters (HeroWebhookSigner.GenerateSigningKey()).", nameof(signingKey));
        }

        return webhooks.CreateWebhookAsync(new CreateWebhookRequest
        {
            EventType = eventType,
            Url = url,
            SigningKey = signingKey,
            Description = description,
            Headers = headers?.ToDictionary(h => h.Key, h => h.Value),
        }, cancellationToken);
    }

    /// <summary>Lists the practice group's webhooks, optionally for one event type.</summary>
    /// <param name="webhooks">The webhooks client.</param>
    /// <param name="eventType">Only this event type, when given.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhooks (Hero's list shape is undocumented: <c>{data: [...]}</c> and bare arrays are read).</returns>
    public static async Task<IReadOnlyList<Webhook>> ListSubscriptionsAsync(this IWebhooksClient webhooks, WebhookEventType? eventType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(webhooks);
        var body = await webhooks.ListWebhooksAsync(eventType is { } t && t.ToString().Length > 0 ? t.ToString() : null, cancellationToken).ConfigureAwait(false);
        return UndocumentedLists.Items<Webhook>(body, "listWebhooks");
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
}
