namespace HeroHealth.Client;

/// <summary>
/// Handles verified Hero webhook events of the type it was registered for
/// (<c>services.AddHeroWebhookHandler&lt;T&gt;(WebhookEventType.AppointmentConfirmed)</c>). Resolved from the request's
/// scope. Must be idempotent: Hero's retries are undocumented, and a delivery Hero re-signs is a new delivery.
/// </summary>
public interface IHeroWebhookHandler
{
    /// <summary>Handles one event. Throwing makes the endpoint answer 500, so Hero can retry the delivery.</summary>
    /// <param name="webhookEvent">The verified event (fetch the resource by its id for details).</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(HeroWebhookEvent webhookEvent, CancellationToken cancellationToken);
}
