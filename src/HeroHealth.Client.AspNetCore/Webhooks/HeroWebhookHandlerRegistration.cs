namespace HeroHealth.Client;

/// <summary>A handler type registered for one event type.</summary>
internal sealed record HeroWebhookHandlerRegistration(WebhookEventType EventType, Type HandlerType);
