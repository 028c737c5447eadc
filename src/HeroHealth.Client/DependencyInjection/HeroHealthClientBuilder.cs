using Microsoft.Extensions.DependencyInjection;

namespace HeroHealth.Client;

/// <summary>
/// Configures one client registered with <c>AddHeroHealthClient</c>: its transport (proxy, certificates, your own
/// handlers) and pipeline policies resolved from the container. The SDK does not use <c>IHttpClientFactory</c>, so
/// handlers added to every client with <c>ConfigureHttpClientDefaults</c> (Aspire's service defaults) never wrap it.
/// </summary>
public sealed class HeroHealthClientBuilder
{
    private readonly HeroHealthClientRegistration _registration;

    internal HeroHealthClientBuilder(IServiceCollection services, HeroHealthClientRegistration registration)
    {
        Services = services;
        _registration = registration;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The registration name (empty for the default client).</summary>
    public string Name => _registration.Name;

    /// <summary>
    /// Sets the message handler the client transmits through, instead of the SDK's pooled <c>SocketsHttpHandler</c>:
    /// e.g. one with a proxy or client certificate, or a chain of your own handlers over one. Called once per name; the
    /// SDK owns and disposes the handler, and turns automatic redirects off on its <c>SocketsHttpHandler</c> or
    /// <c>HttpClientHandler</c> (a redirect would carry <c>x-api-key</c> elsewhere). A POST/PATCH body passes your
    /// handlers once: a handler that sends it again gets <see cref="HeroHealthResendRefusedException"/>.
    /// </summary>
    /// <param name="createHandler">Creates the handler.</param>
    /// <returns>This builder.</returns>
    public HeroHealthClientBuilder ConfigureTransport(Func<IServiceProvider, HttpMessageHandler> createHandler)
    {
        ArgumentNullException.ThrowIfNull(createHandler);
        _registration.Transport = createHandler;
        return this;
    }

    /// <summary>Adds a pipeline policy created from the container (see <see cref="HeroHealthClientOptions.AddPolicy"/>).</summary>
    /// <param name="createPolicy">Creates the policy, once per client.</param>
    /// <param name="position">Where it runs.</param>
    /// <returns>This builder.</returns>
    public HeroHealthClientBuilder AddPolicy(Func<IServiceProvider, HeroPipelinePolicy> createPolicy, HeroPipelinePosition position = HeroPipelinePosition.PerCall)
    {
        ArgumentNullException.ThrowIfNull(createPolicy);
        _registration.Policies.Add((createPolicy, position));
        return this;
    }
}
