using System.Net;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeroHealth.Client;

/// <summary>
/// Runs after every other configuration of an <see cref="IHttpClientFactory"/> client — including
/// <c>ConfigureHttpClientDefaults</c>, handlers added to the builder <c>AddHeroHealthClient</c> returns, and
/// <c>ConfigurePrimaryHttpMessageHandler</c> — and fixes the chain of Hero clients only:
/// <list type="bullet">
/// <item>resilience handlers placed outside the SDK's pipeline (Microsoft.Extensions.Http.Resilience, Polly) are
/// removed: their timeouts cancel the SDK's attempts and their retries re-send POSTs the SDK's policy refuses;</item>
/// <item>the <see cref="HeroTransmissionGuard"/> is placed last, directly above the primary handler, so it sees every
/// transmission (handlers added to the builder sit above it);</item>
/// <item>the primary handler's automatic redirects are turned off, whoever configured it.</item>
/// </list>
/// </summary>
internal sealed class HeroHandlerChainFilter(ILoggerFactory? loggerFactory = null) : IHttpMessageHandlerBuilderFilter
{
    // Matched by name so the SDK does not depend on either package.
    private static readonly HashSet<string> ResilienceHandlerTypes = new(StringComparer.Ordinal)
    {
        "Microsoft.Extensions.Http.Resilience.ResilienceHandler",
        "Microsoft.Extensions.Http.PolicyHttpMessageHandler",
    };

    private readonly ILogger _logger = loggerFactory?.CreateLogger("HeroHealth.Client") ?? NullLogger.Instance;

    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return builder =>
        {
            next(builder);
            if (builder.Name is { } name && HeroHealthClientRegistration.IsHttpClientName(name))
            {
                Arrange(builder);
            }
        };
    }

    private void Arrange(HttpMessageHandlerBuilder builder)
    {
        var handlers = builder.AdditionalHandlers;
        var pipeline = IndexOfPipeline(handlers);
        for (var i = pipeline - 1; i >= 0; i--)
        {
            if (ResilienceHandlerTypes.Contains(handlers[i].GetType().FullName ?? string.Empty))
            {
                HeroChainLog.RemovedOuterResilienceHandler(_logger, handlers[i].GetType().Name);
                handlers[i].Dispose();
                handlers.RemoveAt(i);
            }
        }

        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (handlers[i] is HeroTransmissionGuard)
            {
                handlers.RemoveAt(i);
            }
        }

        handlers.Add(new HeroTransmissionGuard());
        DisableRedirects(builder.PrimaryHandler);
    }

    private static int IndexOfPipeline(IList<DelegatingHandler> handlers)
    {
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is HeroPipelineHandler)
            {
                return i;
            }
        }

        return 0;
    }

    private static void DisableRedirects(HttpMessageHandler primary)
    {
        // A handler of another type is left as it is: the guard above it still fails a call whose response came
        // from another origin, unread.
        switch (primary)
        {
#if !NETSTANDARD2_0
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
#endif
            case HttpClientHandler classic:
                classic.AllowAutoRedirect = false;
                break;
        }
    }
}
