using HeroHealth.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Hero webhook endpoint's services and handlers.</summary>
public static class HeroWebhookServiceCollectionExtensions
{
    /// <summary>Registers webhook reception configured in code (map the endpoint with <c>app.MapHeroWebhooks(...)</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Signing keys, tolerance, size limit and delegate handlers.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroWebhooks(this IServiceCollection services, Action<HeroWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<HeroWebhookOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>Registers webhook reception bound to a configuration section (e.g. <c>configuration.GetSection("HeroWebhooks")</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="HeroWebhookOptions"/> (<c>SigningKeys:0</c>, <c>Tolerance</c>, <c>MaxBodyBytes</c>).</param>
    /// <param name="configure">Optional further settings (delegate handlers).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroWebhooks(this IServiceCollection services, IConfiguration configuration, Action<HeroWebhookOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddOptions<HeroWebhookOptions>().Bind(configuration);
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        return AddCore(services);
    }

    /// <summary>Registers <typeparamref name="THandler"/> (scoped) for the verified events of <paramref name="eventType"/>.</summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="eventType">The event type (any name, including one this SDK does not list; see also <see cref="HeroWebhookOptions.OnUnhandled"/>).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroWebhookHandler<THandler>(this IServiceCollection services, WebhookEventType eventType)
        where THandler : class, IHeroWebhookHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<THandler>();
        services.AddSingleton(new HeroWebhookHandlerRegistration(eventType, typeof(THandler)));
        return services;
    }

    /// <summary>
    /// Switches the webhook endpoint to the durable inbox: it verifies each delivery, stores the event and answers 200 at
    /// once; a background worker on every instance runs the handlers, with retries, and parks an event as dead after
    /// the last attempt (list and replay dead events through <see cref="IHeroWebhookInbox"/>). Needs a durable store
    /// (<c>AddHeroWebhookPostgreSqlStore</c> or <c>AddHeroWebhookRedisStore</c>); without one the app fails at start-up.
    /// </summary>
    /// <param name="services">The service collection (after <c>AddHeroWebhooks</c>).</param>
    /// <param name="configure">Attempts, delays, lease, polling and concurrency.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddHeroWebhookInbox(this IServiceCollection services, Action<HeroWebhookInboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<HeroWebhookInboxOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HeroWebhookInboxOptions>, InboxOptionsValidator>());
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddSingleton<HeroWebhookInboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<HeroWebhookInboxWorker>());
        return services;
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<HeroWebhookOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HeroWebhookOptions>, HeroWebhookOptionsValidator>());
        // One process by default; the PostgreSQL and Redis packages register a shared store in its place.
        services.TryAddSingleton<IHeroWebhookStore>(sp => new InMemoryHeroWebhookStore(timeProvider: sp.GetService<TimeProvider>()));
        services.TryAddSingleton<HeroWebhookReceiver>();
        services.TryAddSingleton(sp => new HeroWebhookHandlerMonitor(sp.GetService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, HeroWebhookStoreStartupCheck>());
        services.TryAddSingleton<HeroWebhookEndpointRegistry>();
        return services;
    }

    private sealed class InboxOptionsValidator : IValidateOptions<HeroWebhookInboxOptions>
    {
        public ValidateOptionsResult Validate(string? name, HeroWebhookInboxOptions options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
