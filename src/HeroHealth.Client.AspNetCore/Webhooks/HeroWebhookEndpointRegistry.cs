namespace HeroHealth.Client;

/// <summary>The routes <c>MapHeroWebhooks</c> mapped in this application, so a route mapped twice fails at start-up.</summary>
internal sealed class HeroWebhookEndpointRegistry
{
    private readonly HashSet<string> _patterns = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Records a route; <see langword="false"/> when it was mapped before.</summary>
    public bool TryAdd(string pattern)
    {
        lock (_patterns)
        {
            return _patterns.Add(pattern.Trim().TrimEnd('/'));
        }
    }
}
