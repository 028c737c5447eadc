using HeroHealth.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<HeroWebhookOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HeroWebhookOptions>, HeroWebhookOptionsValidator>());
        services.TryAddSingleton<IHeroWebhookReplayStore>(sp => new InMemoryHeroWebhookReplayStore(timeProvider: sp.GetService<TimeProvider>()));
        services.TryAddSingleton<HeroWebhookVerifierHolder>();
        return services;
    }
}
