using HeroHealth.Client.Benchmarks.Kiota;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace HeroHealth.Client.Benchmarks;

/// <summary>
/// The Kiota peer: the client Kiota generates from openapi/ at build time (obj/Kiota, two operations), over Kiota's
/// HttpClient request adapter and its System.Text.Json serialization, with the two Hero headers added per request.
/// </summary>
public static class KiotaPeer
{
    /// <summary>Creates the generated client over <paramref name="handler"/>.</summary>
    /// <param name="handler">The canned handler.</param>
    /// <returns>The Kiota client.</returns>
    public static HeroKiotaClient Create(HttpMessageHandler handler)
    {
        var http = new HttpClient(new HeroHeaders { InnerHandler = handler });
        var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = Payloads.Base.ToString().TrimEnd('/') };
        return new HeroKiotaClient(adapter);
    }

    /// <summary>Adds the Hero headers, as a Kiota user would with a delegating handler.</summary>
    private sealed class HeroHeaders : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("x-api-key", "benchmark-key");
            request.Headers.Add("x-practice-group-id", "1001");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
