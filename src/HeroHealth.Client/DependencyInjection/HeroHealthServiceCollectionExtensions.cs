using HeroHealth.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="HeroHealthClient"/> with Microsoft.Extensions.DependencyInjection.</summary>
public static class HeroHealthServiceCollectionExtensions
{
    /// <summary>Registers the default client, bound to a configuration section (e.g. <c>configuration.GetSection("HeroHealth")</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding <see cref="HeroHealthClientOptions"/>.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddHeroHealthClient(this IServiceCollection services, IConfiguration configuration) =>
        services.AddHeroHealthClient(Microsoft.Extensions.Options.Options.DefaultName, configuration);

    /// <summary>Registers the default client, configured in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddHeroHealthClient(this IServiceCollection services, Action<HeroHealthClientOptions> configure) =>
        services.AddHeroHealthClient(Microsoft.Extensions.Options.Options.DefaultName, configure);

    /// <summary>Registers a named client bound to a configuration section; resolve it with <see cref="IHeroHealthClientFactory"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The registration name, e.g. <c>"practice-a"</c>.</param>
    /// <param name="configuration">The section holding <see cref="HeroHealthClientOptions"/>.</param>
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddHeroHealthClient(this IServiceCollection services, string name, IConfiguration configuration)
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
    /// <returns>The HTTP client builder, to add your own handlers.</returns>
    public static IHttpClientBuilder AddHeroHealthClient(this IServiceCollection services, string name, Action<HeroHealthClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<HeroHealthClientOptions>(name).Configure(configure);
        return AddCore(services, name);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string name)
    {
        services.AddOptions<HeroHealthClientOptions>(name).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HeroHealthClientOptions>>(HeroHealthClientOptionsValidator.Instance));
        services.AddSingleton(new HeroHealthClientRegistration(name));
        services.TryAddSingleton<IHeroHealthClientFactory, HeroHealthClientFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, HeroHandlerChainFilter>());

        var builder = services.AddHttpClient(HeroHealthClientRegistration.HttpClientNameFor(name))
            .ConfigurePrimaryHttpMessageHandler(HeroPipeline.CreatePrimaryHandler)
            .AddHttpMessageHandler(sp => new HeroPipelineHandler(OptionsFor(sp, name), LoggerFor(sp), sp.GetService<TimeProvider>()))
            .AddHttpMessageHandler(sp => new HeroTelemetryHandler(LoggerFor(sp)));

        // IHttpClientFactory's default logging writes every full URL, and Hero URLs carry ids, NHS numbers and names
        // in their paths and queries. The SDK logs its own redacted event per attempt instead.
        builder.RemoveAllLoggers();

        if (name == Microsoft.Extensions.Options.Options.DefaultName)
        {
            // A singleton: the client is thread-safe, follows key rotation, and a transient IDisposable resolved from
            // the root provider would be kept by the container on every resolution.
            services.TryAddSingleton(sp => sp.GetRequiredService<IHeroHealthClientFactory>().CreateClient());
            // One token cache per application: Elements tokens are shared by every request of the app.
            services.TryAddSingleton(sp => new HeroAccessTokenProvider(
                sp.GetRequiredService<IHeroHealthClientFactory>().CreateClient(), timeProvider: sp.GetService<TimeProvider>()));
        }

        return builder;
    }

    private static HeroHealthClientOptions OptionsFor(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<HeroHealthClientOptions>>().Get(name);

    private static ILogger? LoggerFor(IServiceProvider services) =>
        services.GetService<ILoggerFactory>()?.CreateLogger("HeroHealth.Client");
}
