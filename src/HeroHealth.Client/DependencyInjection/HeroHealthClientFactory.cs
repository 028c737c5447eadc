using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeroHealth.Client;

/// <summary>
/// Holds one <see cref="HeroHealthClient"/> per registration name for the life of the container, each over one
/// transport per name (the SDK's pooled handler, or the one <see cref="HeroHealthClientBuilder.ConfigureTransport"/>
/// creates), reading its API key from <see cref="IOptionsMonitor{TOptions}"/> on every request (so a rotated key takes
/// effect at once, for every user of the client, the Elements token provider included).
/// </summary>
/// <remarks>
/// One instance per name, not one per resolution: a transient <see cref="IDisposable"/> resolved from the root
/// provider is kept by the container until it is disposed, so resolutions would grow memory without bound.
/// </remarks>
internal sealed class HeroHealthClientFactory(
    IServiceProvider services,
    IOptionsMonitor<HeroHealthClientOptions> options,
    IEnumerable<HeroHealthClientRegistration> registrations,
    ILoggerFactory? loggerFactory = null,
    TimeProvider? timeProvider = null) : IHeroHealthClientFactory, IDisposable
{
    // The last registration of a name wins, as with options.
    private readonly Dictionary<string, HeroHealthClientRegistration> _registrations = registrations
        .GroupBy(r => r.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    private readonly Dictionary<string, HeroTransport> _transports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HeroHealthClient> _clients = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private bool _disposed;

    public HeroHealthClient CreateClient(string? name = null) => Get(name ?? Options.DefaultName, probeTimeout: null);

    /// <summary>
    /// A client of the registration <paramref name="name"/> over the same transport, with retries off and
    /// <paramref name="timeout"/> as its one attempt's limit: a health probe must answer within a probe's budget, and
    /// retrying inside it would only hide how Hero answered the first time. One per name, kept with the others.
    /// </summary>
    internal HeroHealthClient CreateProbeClient(string? name, TimeSpan timeout) => Get(name ?? Options.DefaultName, timeout);

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var transport in _transports.Values)
            {
                transport.Dispose();
            }

            _transports.Clear();
            _clients.Clear();
        }
    }

    private HeroHealthClient Get(string name, TimeSpan? probeTimeout)
    {
        if (!_registrations.TryGetValue(name, out var registration))
        {
            throw new InvalidOperationException(
                $"No Hero Health client named '{name}' is registered. Call services.AddHeroHealthClient(\"{name}\", …) first.");
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var key = probeTimeout is null ? name : "\0probe:" + name;
            if (!_clients.TryGetValue(key, out var client))
            {
                client = Build(registration, probeTimeout);
                _clients.Add(key, client);
            }

            return client;
        }
    }

    private HeroHealthClient Build(HeroHealthClientRegistration registration, TimeSpan? probeTimeout)
    {
        var name = registration.Name;
        var settings = options.Get(name).Clone();
        if (probeTimeout is { } timeout)
        {
            settings.Retry.Enabled = false;
            settings.Timeout = timeout;
        }

        foreach (var (create, position) in registration.Policies)
        {
            settings.AddPolicy(create(services), position);
        }

        if (!_transports.TryGetValue(name, out var transport))
        {
            transport = registration.Transport is { } create ? HeroTransport.Owning(create(services)) : HeroTransport.CreateDefault();
            _transports.Add(name, transport);
        }

        var pipeline = new HeroPipeline(settings, transport, ownsTransport: false, loggerFactory, timeProvider);
        var context = HeroRequestContext.FollowingApiKey(() => options.Get(name).ApiKey, settings.PracticeGroupId).WithClock(timeProvider ?? TimeProvider.System);
        // Not owned by the client: callers that dispose what the factory gave them must not break it for everyone.
        return new HeroHealthClient(pipeline, context, settings, ownsPipeline: false);
    }
}
