namespace HeroHealth.Client;

/// <summary>
/// A webhook store cannot do its work because of how it is set up — the database user lacks a right, the schema or
/// table is missing, a Redis key holds another type — rather than because it is briefly unreachable. Thrown by
/// <see cref="IHeroWebhookStore.CheckAsync"/>, so the application fails at start-up instead of answering 503 forever.
/// </summary>
public sealed class HeroWebhookStoreConfigurationException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it (no connection string, no secret).</param>
    /// <param name="innerException">The engine's error.</param>
    public HeroWebhookStoreConfigurationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
