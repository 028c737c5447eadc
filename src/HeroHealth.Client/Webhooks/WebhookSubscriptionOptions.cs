namespace HeroHealth.Client;

/// <summary>The optional parts of a webhook subscription.</summary>
public sealed record WebhookSubscriptionOptions
{
    /// <summary>A note for the practice about what the subscription is for.</summary>
    public string? Description { get; init; }

    /// <summary>Extra headers Hero adds to each delivery (e.g. a routing key of yours; never a secret you cannot rotate).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
