using System.Net;
using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>Builds the SDK's handler chain: pipeline (retry, timeout, errors) → telemetry → transmission guard → transport.</summary>
internal static class HeroPipeline
{
    /// <summary>The primary handler the SDK owns when the caller gives none.</summary>
#if NETSTANDARD2_0
    // .NET Framework's handler (HttpWebRequest underneath) has no connection lifetime or connect timeout of its own:
    // the pipeline's per-attempt timeout bounds a connect, and ServicePointManager governs pooling there.
    public static HttpMessageHandler CreatePrimaryHandler() => new HttpClientHandler
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        AllowAutoRedirect = false,
    };
#else
    public static HttpMessageHandler CreatePrimaryHandler() => new SocketsHttpHandler
    {
        // Recycle connections so DNS changes on Hero's side are picked up.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AutomaticDecompression = DecompressionMethods.All,
        // A redirect would carry x-api-key to wherever it points (only Authorization is stripped); Hero does not
        // redirect API calls, so a 3xx surfaces as an error instead.
        AllowAutoRedirect = false,
    };
#endif

    public static HttpClient CreateHttpClient(HeroHealthClientOptions options, HttpMessageHandler transport, bool disposeTransport, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
    {
        var logger = loggerFactory?.CreateLogger("HeroHealth.Client");
        var chain = new HeroPipelineHandler(options, logger, timeProvider)
        {
            InnerHandler = new HeroTelemetryHandler(logger)
            {
                // The guard is innermost: it sees every transmission, whatever sits between it and the pipeline.
                InnerHandler = new HeroTransmissionGuard(disposeTransport ? transport : new NonDisposingHandler(transport)),
            },
        };
        return new HttpClient(chain, disposeHandler: true)
        {
            BaseAddress = options.ResolveBaseAddress(),
            // Per-attempt timeouts are the pipeline's; HttpClient's own would cut across retries.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <summary>Lets the SDK dispose its chain without disposing a handler the caller still owns.</summary>
    /// <remarks>A delegating handler rather than an <see cref="HttpMessageInvoker"/>: one layer less per call.</remarks>
    private sealed class NonDisposingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        // DelegatingHandler disposes its inner handler only when disposing is true; the caller owns this one.
        protected override void Dispose(bool disposing) => base.Dispose(disposing: false);
    }
}
