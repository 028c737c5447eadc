using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>
/// Holds one <see cref="HeroHealthClient"/> per registration name for the life of the container. Each client sends
/// through <see cref="IHttpClientFactory"/>'s current handler chain for its name (so handler recycling still happens)
/// and reads its API key from <see cref="IOptionsMonitor{TOptions}"/> on every request (so a rotated key takes effect
/// at once, for every user of the client, the Elements token provider included).
/// </summary>
/// <remarks>
/// One instance per name, not one per resolution: a transient <see cref="IDisposable"/> resolved from the root
/// provider is kept by the container until it is disposed, so resolutions would grow memory without bound.
/// </remarks>
internal sealed class HeroHealthClientFactory(
    IHttpMessageHandlerFactory handlerFactory,
    IOptionsMonitor<HeroHealthClientOptions> options,
    IEnumerable<HeroHealthClientRegistration> registrations,
    TimeProvider? timeProvider = null) : IHeroHealthClientFactory, IDisposable
{
    private readonly HashSet<string> _names = registrations.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
    private readonly Dictionary<string, (HeroHealthClient Client, HttpClient Http)> _clients = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private bool _disposed;

    public HeroHealthClient CreateClient(string? name = null)
    {
        name ??= Options.DefaultName;
        if (!_names.Contains(name))
        {
            throw new InvalidOperationException(
                $"No Hero Health client named '{name}' is registered. Call services.AddHeroHealthClient(\"{name}\", …) first.");
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_clients.TryGetValue(name, out var entry))
            {
                entry = Build(name);
                _clients.Add(name, entry);
            }

            return entry.Client;
        }
    }

    /// <summary>
    /// A client of the registration <paramref name="name"/> over the same transport, with retries off and
    /// <paramref name="timeout"/> as its one attempt's limit: a health probe must answer within a probe's budget, and
    /// retrying inside it would only hide how Hero answered the first time. One per name, kept with the others.
    /// </summary>
    internal HeroHealthClient CreateProbeClient(string? name, TimeSpan timeout)
    {
        name ??= Options.DefaultName;
        _ = CreateClient(name); // the same checks and messages for an unknown name
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = "\0probe:" + name;
            if (!_clients.TryGetValue(key, out var entry))
            {
                entry = Build(name, settings =>
                {
                    settings.Retry.Enabled = false;
                    settings.Timeout = timeout;
                });
                _clients.Add(key, entry);
            }

            return entry.Client;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var (_, http) in _clients.Values)
            {
                http.Dispose();
            }

            _clients.Clear();
        }
    }

    private (HeroHealthClient, HttpClient) Build(string name, Action<HeroHealthClientOptions>? adjust = null)
    {
        var settings = options.Get(name);
        if (adjust is not null)
        {
            settings = settings.Clone();
            adjust(settings);
        }

        var http = new HttpClient(new HandlerFactoryTransport(handlerFactory, HeroHealthClientRegistration.HttpClientNameFor(name)), disposeHandler: true)
        {
            BaseAddress = settings.ResolveBaseAddress(),
            // Per-attempt timeouts are the pipeline's; HttpClient's own would cut across retries.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var context = HeroRequestContext.FollowingApiKey(() => options.Get(name).ApiKey, settings.PracticeGroupId).WithClock(timeProvider ?? TimeProvider.System);
        // Not owned by the client: callers that dispose what the factory gave them must not break it for everyone.
        return (new HeroHealthClient(http, context, settings, ownsHttp: false), http);
    }

    /// <summary>Sends each request through the factory's current handler chain for one name.</summary>
    private sealed class HandlerFactoryTransport(IHttpMessageHandlerFactory factory, string name) : HttpMessageHandler
    {
        private volatile CurrentHandler? _current;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // The factory hands out the same chain until it recycles it; one invoker per chain, not per request.
            var handler = factory.CreateHandler(name);
            var current = _current;
            if (current is null || !ReferenceEquals(current.Handler, handler))
            {
                current = new CurrentHandler(handler, new HttpMessageInvoker(handler, disposeHandler: false));
                _current = current;
            }

            return current.Invoker.SendAsync(request, cancellationToken);
        }

        private sealed record CurrentHandler(HttpMessageHandler Handler, HttpMessageInvoker Invoker);
    }
}
