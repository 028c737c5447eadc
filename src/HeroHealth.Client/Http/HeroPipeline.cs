using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeroHealth.Client;

/// <summary>
/// The SDK's own request pipeline: an ordered array of policies over a <see cref="HeroTransport"/>. Every generated
/// operation and every protocol call goes through <see cref="SendAsync"/>; nothing a host configures can wrap a policy
/// around the SDK's retry decisions, because no <see cref="HttpClient"/> or handler factory sits above them.
/// </summary>
/// <remarks>
/// Order: error translation → per-call policies (yours) → retry + per-attempt timeout → per-try policies (yours) →
/// telemetry → practice-group scope and API key → transport (at-most-once transmission, redirect check, buffering).
/// </remarks>
internal sealed class HeroPipeline : IDisposable
{
    private readonly HeroPipelinePolicy[] _policies;
    private readonly HeroTransport _transport;
    private readonly bool _ownsTransport;
    private readonly string _baseAddress;
    private readonly string _userAgent;
    private readonly HeroSpecDrift? _drift;

    public HeroPipeline(HeroHealthClientOptions options, HeroTransport transport, bool ownsTransport, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        HeroHealthClientOptionsValidator.ThrowIfInvalid(options);
        var settings = options.Clone();
        var logger = loggerFactory?.CreateLogger("HeroHealth.Client") ?? NullLogger.Instance;
        _transport = transport;
        _ownsTransport = ownsTransport;
        BaseAddress = settings.ResolveBaseAddress();
        _baseAddress = BaseAddress.AbsoluteUri;
        _userAgent = string.IsNullOrWhiteSpace(settings.ApplicationId)
            ? $"HeroHealth.Client/{HeroHealthDiagnostics.Version}"
            : $"HeroHealth.Client/{HeroHealthDiagnostics.Version} ({settings.ApplicationId})";
        _drift = settings.ReportSpecDrift ? new HeroSpecDrift(logger) : null;
        var clock = timeProvider ?? TimeProvider.System;

        var policies = new List<HeroPipelinePolicy> { new HeroErrorPolicy(clock, settings.Timeout) };
        policies.AddRange(settings.Policies.Where(p => p.Position == HeroPipelinePosition.PerCall).Select(p => p.Policy));
        policies.Add(new HeroRetryPolicy(settings, logger, clock));
        policies.AddRange(settings.Policies.Where(p => p.Position == HeroPipelinePosition.PerTry).Select(p => p.Policy));
        policies.Add(new HeroTelemetryPolicy(logger));
        policies.Add(HeroScopePolicy.Instance);
        policies.Add(new HeroTransportPolicy(transport));
        _policies = [.. policies];
    }

    /// <summary>The absolute base address, ending with '/'.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts the URL of a generated call at the base address (one string for the whole URL, not two).</summary>
    public HeroUrlBuilder CreateUrl() => new(_baseAddress);

    /// <summary>Creates the message of one call of <paramref name="operation"/>.</summary>
    /// <param name="context">The key and practice group to act with.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="relativeUrl">The escaped path and query, relative to the base address.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <param name="safeToRepeat">Whether the caller declared this one call harmless to repeat.</param>
    public HeroPipelineMessage CreateMessage(HeroRequestContext context, HeroOperation operation, string relativeUrl, CancellationToken cancellationToken, bool safeToRepeat = false) =>
        CreateMessageForUrl(context, operation, _baseAddress + relativeUrl, cancellationToken, safeToRepeat);

    /// <summary>Creates the message of one call to an absolute, escaped <paramref name="url"/> under the base address.</summary>
    public HeroPipelineMessage CreateMessageForUrl(HeroRequestContext context, HeroOperation operation, string url, CancellationToken cancellationToken, bool safeToRepeat = false)
    {
        var request = new HttpRequestMessage(operation.HttpMethod, new Uri(url, UriKind.Absolute));
        // Stored unparsed: nothing reads them back, so the typed headers are never built.
        request.Headers.TryAddWithoutValidation("Accept", "application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        return new HeroPipelineMessage(request, operation, context, operation.IsIdempotent || safeToRepeat || context.AllowsNonIdempotentRetries, cancellationToken)
        {
            Drift = _drift,
        };
    }

    /// <summary>Runs <paramref name="message"/> through the pipeline; returns with a 2xx response or throws the SDK's exception.</summary>
    public ValueTask SendAsync(HeroPipelineMessage message) => _policies[0].ProcessAsync(message, _policies, 0);

    /// <summary>Disposes the transport if this pipeline owns it.</summary>
    public void Dispose()
    {
        if (_ownsTransport)
        {
            _transport.Dispose();
        }
    }
}
