using HeroHealth.Client;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Redis webhook store.</summary>
public static class HeroWebhookRedisServiceCollectionExtensions
{
    /// <summary>
    /// Keeps webhook processing records (and the inbox, with <c>AddHeroWebhookInbox</c>) in Redis, shared by every
    /// instance that uses the same server: each event is handled once across instances and crashes. Replaces the
    /// default in-memory store. The connection opens on first use.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">StackExchange.Redis configuration, e.g. <c>localhost:6379</c> (never logged by the store).</param>
    /// <param name="configure">Key prefix and database.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroWebhookRedisStore(this IServiceCollection services, string configuration, Action<RedisHeroWebhookStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var redis = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(WithRetries(configuration)));
        return services.AddHeroWebhookRedisStore(_ => redis.Value, configure);
    }

    /// <summary>Keeps webhook processing records and the inbox in Redis through a connection the application registers or builds.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connection">Gets the connection (for example <c>sp =&gt; sp.GetRequiredService&lt;IConnectionMultiplexer&gt;()</c>).</param>
    /// <param name="configure">Key prefix and database.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroWebhookRedisStore(this IServiceCollection services, Func<IServiceProvider, IConnectionMultiplexer> connection, Action<RedisHeroWebhookStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(connection);
        var options = new RedisHeroWebhookStoreOptions();
        configure?.Invoke(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.KeyPrefix, nameof(configure));
        services.AddSingleton(sp => new RedisHeroWebhookStore(connection(sp), options));
        services.AddSingleton<IHeroWebhookStore>(sp => sp.GetRequiredService<RedisHeroWebhookStore>());
        services.AddSingleton<IHeroWebhookInbox>(sp => sp.GetRequiredService<RedisHeroWebhookStore>());
        return services;
    }

    // A receiver must start while Redis is briefly down: the endpoint answers 503 until it is back, and Hero retries.
    private static ConfigurationOptions WithRetries(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        return options;
    }
}
