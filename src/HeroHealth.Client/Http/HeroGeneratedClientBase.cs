using HeroHealth.Client.Serialization;
using Newtonsoft.Json;

namespace HeroHealth.Client.Http;

/// <summary>
/// Base class of every NSwag-generated client (named in <c>nswag.json</c> as <c>clientBaseClass</c>): it creates
/// each request with the caller's credentials and practice group, and configures JSON for forward compatibility.
/// </summary>
public abstract class HeroGeneratedClientBase
{
    /// <summary>Initialises the base with the request context the generated constructor receives.</summary>
    /// <param name="configuration">API key and practice group applied to every request.</param>
    protected HeroGeneratedClientBase(HeroRequestContext configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Context = configuration;
    }

    /// <summary>The API key and practice group this client sends.</summary>
    public HeroRequestContext Context { get; }

    /// <summary>Creates a request that already carries <c>x-api-key</c> and <c>x-practice-group-id</c>.</summary>
    /// <param name="cancellationToken">The caller's token, remembered so the pipeline can tell the caller's cancellation from a timeout imposed around the SDK.</param>
    /// <returns>A new request message.</returns>
    protected Task<HttpRequestMessage> CreateHttpRequestMessageAsync(CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage();
        Context.Apply(request);
        CallerCancellation.Remember(request, cancellationToken);
        return Task.FromResult(request);
    }

    /// <summary>Called once per generated client type to configure its Newtonsoft.Json settings.</summary>
    /// <param name="settings">The settings the generated client will use.</param>
    protected static void UpdateJsonSerializerSettings(JsonSerializerSettings settings) => HeroJson.Configure(settings);
}
