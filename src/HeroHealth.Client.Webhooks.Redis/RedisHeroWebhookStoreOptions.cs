using System.Globalization;

namespace HeroHealth.Client;

/// <summary>Where the Redis webhook store keeps its keys (<c>services.AddHeroWebhookRedisStore(...)</c>).</summary>
public sealed class RedisHeroWebhookStoreOptions
{
    /// <summary>
    /// The prefix of every key (default <c>{hero-webhooks}:</c>). The braces make it a hash tag, so all the store's keys
    /// sit in one slot of a Redis Cluster and its scripts may touch several of them.
    /// </summary>
    public string KeyPrefix { get; set; } = "{hero-webhooks}:";

    /// <summary>The database number (default -1: the connection's default database).</summary>
    public int Database { get; set; } = -1;

    /// <summary>Describes the options.</summary>
    /// <returns>Prefix and database (the connection's configuration is never part of the options).</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"RedisHeroWebhookStoreOptions(KeyPrefix={KeyPrefix}, Database={Database})");
}
