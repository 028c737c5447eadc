using HeroHealth.Client;
using Npgsql;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PostgreSQL webhook store.</summary>
public static class HeroWebhookPostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// Keeps webhook processing records (and the inbox, with <c>AddHeroWebhookInbox</c>) in PostgreSQL, shared by every
    /// instance that uses the same database: each event is handled once across instances and crashes. Replaces the
    /// default in-memory store.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">The database's connection string (kept in the data source, never in options or logs).</param>
    /// <param name="configure">Schema, table, and whether the table is created on first use.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroWebhookPostgreSqlStore(this IServiceCollection services, string connectionString, Action<PostgreSqlHeroWebhookStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = Configure(configure);
        services.AddSingleton(sp => new PostgreSqlHeroWebhookStore(NpgsqlDataSource.Create(connectionString), options));
        return Expose(services);
    }

    /// <summary>Keeps webhook processing records and the inbox in PostgreSQL through a data source the application registers or builds.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="dataSource">Gets the data source (for example <c>sp =&gt; sp.GetRequiredService&lt;NpgsqlDataSource&gt;()</c>).</param>
    /// <param name="configure">Schema, table, and whether the table is created on first use.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroWebhookPostgreSqlStore(this IServiceCollection services, Func<IServiceProvider, NpgsqlDataSource> dataSource, Action<PostgreSqlHeroWebhookStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dataSource);
        var options = Configure(configure);
        services.AddSingleton(sp => new PostgreSqlHeroWebhookStore(dataSource(sp), options));
        return Expose(services);
    }

    private static PostgreSqlHeroWebhookStoreOptions Configure(Action<PostgreSqlHeroWebhookStoreOptions>? configure)
    {
        var options = new PostgreSqlHeroWebhookStoreOptions();
        configure?.Invoke(options);
        options.Validate(); // a bad table name fails at registration, not at the first delivery
        return options;
    }

    // Added after the core's TryAdd of the in-memory store, or before it: the last registration is the one resolved.
    private static IServiceCollection Expose(IServiceCollection services)
    {
        services.AddSingleton<IHeroWebhookStore>(sp => sp.GetRequiredService<PostgreSqlHeroWebhookStore>());
        services.AddSingleton<IHeroWebhookInbox>(sp => sp.GetRequiredService<PostgreSqlHeroWebhookStore>());
        return services;
    }
}
