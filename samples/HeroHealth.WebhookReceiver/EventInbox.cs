using HeroHealth.Client;
using System.Collections.Concurrent;

namespace HeroHealth.WebhookReceiver;

/// <summary>Where verified events wait for background processing (a queue or outbox table in a real app). Bounded.</summary>
public sealed class EventInbox
{
    private readonly ConcurrentQueue<HeroWebhookEvent> _events = new();

    /// <summary>Most events held before <see cref="Add"/> refuses more (the endpoint then asks Hero to retry).</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>Events received so far.</summary>
    public IReadOnlyCollection<HeroWebhookEvent> Events => _events.ToArray();

    /// <summary>Adds a verified event.</summary>
    /// <param name="webhookEvent">The event.</param>
    /// <exception cref="InvalidOperationException">The inbox is full.</exception>
    public void Add(HeroWebhookEvent webhookEvent)
    {
        if (_events.Count >= Capacity)
        {
            throw new InvalidOperationException("The inbox is full.");
        }

        _events.Enqueue(webhookEvent);
    }

    /// <summary>Takes the oldest event, as a background worker would.</summary>
    /// <param name="webhookEvent">The event, when there was one.</param>
    /// <returns>Whether an event was taken.</returns>
    public bool TryTake(out HeroWebhookEvent? webhookEvent) => _events.TryDequeue(out webhookEvent);
}
