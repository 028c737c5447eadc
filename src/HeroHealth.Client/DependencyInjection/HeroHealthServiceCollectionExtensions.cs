using HeroHealth.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="HeroHealthClient"/> with Microsoft.Extensions.DependencyInjection.</summary>
public static class HeroHealthServiceCollectionExtensions
{
    /// <summary>Registers the default client, bound to a configuration section (e.g. <c>configuration.GetSection("HeroHealth")</c>).</summary>
    /// <inheritdoc cref="AddHeroHealthClient(IServiceCollection, string, IConfiguration)"/>
    public static HeroHealthClientBuilder AddHeroHealthClient(this IServiceCollection services, IConfiguration configuration) =>
        services.AddHeroHealthClient(Microsoft.Extensions.Options.Options.DefaultName, configuration);

    /// <summary>Registers the default client, configured in code.</summary>
    /// <inheritdoc cref="AddHeroHealthClient(IServiceCollection, string, Action{HeroHealthClientOptions})"/>
    public static HeroHealthClientBuilder AddHeroHealthClient(this IServiceCollection services, Action<HeroHealthClientOptions> configure) =>
        services.AddHeroHealthClient(Microsoft.Extensions.Options.Options.DefaultName, configure);

    /// <summary>Registers a named client bound to a configuration section; resolve it with <see cref="IHeroHealthClientFactory"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name, e.g. <c>"practice-a"</c>.</param>
    /// <param name="configuration">The section holding <see cref="HeroHealthClientOptions"/>.</param>
    /// <returns>The builder, to configure the transport or add policies.</returns>
    public static HeroHealthClientBuilder AddHeroHealthClient(this IServiceCollection services, string name, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<HeroHealthClientOptions>(name).Bind(configuration);
        return AddCore(services, name);
    }

    /// <summary>Registers a named client configured in code; resolve it with <see cref="IHeroHealthClientFactory"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder, to configure the transport or add policies.</returns>
    public static HeroHealthClientBuilder AddHeroHealthClient(this IServiceCollection services, string name, Action<HeroHealthClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<HeroHealthClientOptions>(name).Configure(configure);
        return AddCore(services, name);
    }

    private static HeroHealthClientBuilder AddCore(IServiceCollection services, string name)
    {
        services.AddOptions<HeroHealthClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HeroHealthClientOptions>>(HeroHealthClientOptionsValidator.Instance));
        var registration = new HeroHealthClientRegistration(name);
        services.AddSingleton(registration);
        services.TryAddSingleton<IHeroHealthClientFactory, HeroHealthClientFactory>();

        if (name == Microsoft.Extensions.Options.Options.DefaultName)
        {
            // A singleton: the client is thread-safe, follows key rotation, and a transient IDisposable resolved from
            // the root provider would be kept by the container on every resolution.
            services.TryAddSingleton(sp => sp.GetRequiredService<IHeroHealthClientFactory>().CreateClient());
            // One token cache per application: Elements tokens are shared by every request of the app.
            services.TryAddSingleton(sp => new HeroAccessTokenProvider(
                sp.GetRequiredService<IHeroHealthClientFactory>().CreateClient(), timeProvider: sp.GetService<TimeProvider>()));
        }

        return new HeroHealthClientBuilder(services, registration);
    }
}
