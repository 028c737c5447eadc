namespace HeroHealth.Client;

/// <summary>What makes two webhook deliveries "the same event" for the processing record.</summary>
public enum HeroWebhookDeduplication
{
    /// <summary>
    /// The delivery (its timestamp and signature, which covers the body): a copy of one delivery is handled once, but a
    /// retry Hero signs afresh (new timestamp) is handled again. Nothing real is ever swallowed: an appointment
    /// confirmed, cancelled and confirmed again reaches the handler each time. Records are kept for the tolerance window.
    /// </summary>
    Delivery,

    /// <summary>
    /// The event itself: <c>event</c> + <c>id</c> + <c>practice_group_id</c> from the payload, so a re-signed retry is
    /// recognised too. The price: for the retention period, a second real event with the same name and id (an appointment
    /// confirmed again after a cancellation) is acknowledged without running the handlers.
    /// </summary>
    Event,
}
