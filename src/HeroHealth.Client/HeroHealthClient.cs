using Microsoft.Extensions.Logging;

namespace HeroHealth.Client;

/// <summary>
/// The entry point to the Hero Health Public API: one property per API area (each typed by its generated interface,
/// so any of them can be mocked), scoped to one practice group, with retries, typed errors and redacted telemetry.
/// </summary>
/// <remarks>
/// The area properties are generated, one per tag of the API description (named by its <c>x-hero-sdk-areas</c>), each
/// created on first use: most applications touch a few of the seventeen.
/// Create one per application (or register it with <c>services.AddHeroHealthClient(...)</c>) and reuse it: it is
/// thread-safe. <see cref="ForPracticeGroup"/> gives a client for another practice group of your network that shares
/// the same connection pool. Members are virtual so the client can be mocked.
/// </remarks>
public partial class HeroHealthClient : IDisposable
{
    private readonly HeroPipeline? _pipeline;
    private readonly bool _ownsPipeline;

    /// <summary>Creates a client that owns a pooled connection handler. Dispose it when the application stops.</summary>
    /// <param name="options">API key, practice group, environment and policies; validated now.</param>
    /// <param name="loggerFactory">Optional logging (redacted: operation, template, status, timing only).</param>
    /// <param name="timeProvider">Optional clock (tests); defaults to the system clock.</param>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid.</exception>
    public HeroHealthClient(HeroHealthClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(Validated(options), HeroTransport.CreateDefault(), loggerFactory, timeProvider)
    {
    }

    /// <summary>
    /// Creates a client that sends through the handlers and connection pool of your <see cref="HttpClient"/> (not its
    /// BaseAddress, Timeout or default headers: the SDK's options govern those).
    /// </summary>
    /// <param name="httpClient">The transport; not disposed by this client. It must not follow redirects.</param>
    /// <param name="options">API key, practice group, environment and policies; validated now.</param>
    /// <param name="loggerFactory">Optional logging.</param>
    /// <param name="timeProvider">Optional clock.</param>
    /// <exception cref="ArgumentException">The client follows redirects (<c>new HttpClient()</c> does), which would carry <c>x-api-key</c> to another origin.</exception>
    public HeroHealthClient(HttpClient httpClient, HeroHealthClientOptions options, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(Validated(options), HeroTransport.Borrowing(httpClient ?? throw new ArgumentNullException(nameof(httpClient))), loggerFactory, timeProvider)
    {
    }

    /// <summary>Creates a client over a message handler (a proxy or certificate set-up, a test double, or <c>HeroHealth.Client.Testing</c>'s fake).</summary>
    /// <param name="options">API key, practice group, environment and policies; validated now.</param>
    /// <param name="transport">The innermost handler; not disposed by this client. It must not follow redirects.</param>
    /// <param name="loggerFactory">Optional logging.</param>
    /// <param name="timeProvider">Optional clock.</param>
    /// <exception cref="ArgumentException">The handler follows redirects.</exception>
    public HeroHealthClient(HeroHealthClientOptions options, HttpMessageHandler transport, ILoggerFactory? loggerFactory = null, TimeProvider? timeProvider = null)
        : this(Validated(options), HeroTransport.Borrowing(transport, nameof(transport)), loggerFactory, timeProvider)
    {
    }

    /// <summary>For mocking frameworks only: a client with no transport.</summary>
    protected HeroHealthClient()
    {
        Context = null!;
        Options = null!;
    }

    private HeroHealthClient(HeroHealthClientOptions options, HeroTransport transport, ILoggerFactory? loggerFactory, TimeProvider? timeProvider)
        : this(
            new HeroPipeline(options, transport, ownsTransport: true, loggerFactory, timeProvider),
            new HeroRequestContext(options.ApiKey, options.PracticeGroupId).WithClock(timeProvider ?? TimeProvider.System),
            options,
            ownsPipeline: true)
    {
    }

    /// <summary>Wraps a pipeline (used by DI and scoping).</summary>
    internal HeroHealthClient(HeroPipeline pipeline, HeroRequestContext context, HeroHealthClientOptions options, bool ownsPipeline)
    {
        _pipeline = pipeline;
        _ownsPipeline = ownsPipeline;
        Context = context;
        // The context is the one source of the practice group; the options copy follows it (a scoped client's too).
        Options = options.Clone();
        Options.PracticeGroupId = context.PracticeGroupId;
    }

    /// <summary>The practice group every call of this client acts for (<c>x-practice-group-id</c>).</summary>
    public virtual string PracticeGroupId => Context.PracticeGroupId;

    /// <summary>The base address calls go to.</summary>
    public virtual Uri BaseAddress => _pipeline?.BaseAddress ?? Options.ResolveBaseAddress();

    /// <summary>The credentials and scope this client sends.</summary>
    internal HeroRequestContext Context { get; }

    /// <summary>A hash prefix naming the client's API key, for shared caches (a mock without a key has none).</summary>
    internal string KeyFingerprint => Context?.KeyFingerprint ?? "none";

    /// <summary>A copy of the options this client was built with, its <c>PracticeGroupId</c> the one this client acts for.</summary>
    protected HeroHealthClientOptions Options { get; }

    /// <summary>
    /// A client acting for another practice group in your Hero network (Hero serves it if the group is networked
    /// with your key's practice). Shares this client's connection pool and settings; headers are set per request.
    /// </summary>
    /// <param name="practiceGroupId">The other practice group's id, digits only.</param>
    /// <returns>A scoped client; disposing it does not affect this one.</returns>
    /// <exception cref="ArgumentException">The id is empty or not digits.</exception>
    public virtual HeroHealthClient ForPracticeGroup(string practiceGroupId) =>
        new(RequirePipeline(), Context.ForPracticeGroup(practiceGroupId), Options, ownsPipeline: false);

    /// <summary>
    /// A client whose POST/PATCH calls are retried like GETs, even after they may have reached Hero. Use it only for a
    /// call whose repetition is harmless to you (never for sending messages or booking).
    /// </summary>
    /// <returns>A client sharing this one's connection pool.</returns>
    public virtual HeroHealthClient WithNonIdempotentRetries() =>
        new(RequirePipeline(), Context.WithNonIdempotentRetries(), Options, ownsPipeline: false);

    /// <summary>
    /// Sends any request through this client's pipeline — for an endpoint the SDK does not describe yet, or one you
    /// want raw — with everything a generated call gets: this client's practice group and key, the User-Agent, the
    /// retry and timeout policy (POST/PATCH at most once unless <see cref="HeroRequest.AsSafeToRepeat"/>), redirect
    /// refusal, the transmission guard, typed exceptions naming the path template, and redacted logs, spans and metrics.
    /// </summary>
    /// <param name="request">The request, e.g. <c>HeroRequest.Post("v1/…/{id}", id).WithJsonBody(body)</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The 2xx response; any other status is one of the SDK's exceptions.</returns>
    public virtual Task<HeroResponse> SendAsync(HeroRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HeroProtocol.SendAsync(RequirePipeline(), Context, request, cancellationToken);
    }

    /// <summary>Describes the client without its API key.</summary>
    /// <returns>Practice group and base address.</returns>
    public override string ToString() => $"HeroHealthClient(PracticeGroupId={Context?.PracticeGroupId}, BaseAddress={BaseAddress})";

    /// <summary>Releases the connection pool if this client created it.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the connection pool if this client created it.</summary>
    /// <param name="disposing">Whether called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsPipeline)
        {
            _pipeline?.Dispose();
        }
    }

    private HeroPipeline RequirePipeline() => _pipeline ?? throw new InvalidOperationException("This HeroHealthClient was created for mocking and has no transport.");

    private static HeroHealthClientOptions Validated(HeroHealthClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        HeroHealthClientOptionsValidator.ThrowIfInvalid(options);
        return options;
    }
}
