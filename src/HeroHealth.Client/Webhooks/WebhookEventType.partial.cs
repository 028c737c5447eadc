namespace HeroHealth.Client;

/// <summary>Event names Hero uses that the spec's <c>WebhookEventType</c> enum does not list.</summary>
public readonly partial struct WebhookEventType
{
    /// <summary>
    /// Hero's <c>form-submission.created</c>: a channel of Hero's AsyncAPI description that no REST enum lists, so
    /// <see cref="IsKnown"/> is <see langword="false"/> for it and Hero may refuse a subscription to it.
    /// </summary>
    public static WebhookEventType FormSubmissionCreated { get; } = new("form-submission.created");
}
