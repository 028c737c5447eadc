using System.Collections.Concurrent;
using HeroHealth.Client.Webhooks;

namespace HeroHealth.WebhookReceiver;

/// <summary>Where verified events wait for background processing (a queue or outbox table in a real app).</summary>
public sealed class EventInbox
{
    private readonly ConcurrentQueue<HeroWebhookEvent> _events = new();

    /// <summary>Events received so far.</summary>
    public IReadOnlyCollection<HeroWebhookEvent> Events => _events.ToArray();

    /// <summary>Adds a verified event.</summary>
    /// <param name="webhookEvent">The event.</param>
    public void Add(HeroWebhookEvent webhookEvent) => _events.Enqueue(webhookEvent);
}
