using System.Net;
using System.Reflection;

namespace HeroHealth.Client;

/// <summary>
/// The message handler underneath the SDK's pipeline: the SDK's own pooled handler, one you configure, or the handler
/// of an <see cref="HttpClient"/> you pass. Whichever it is, a redirect can never carry <c>x-api-key</c> elsewhere:
/// a framework handler the SDK owns has redirects turned off, and one it does not own must already have them off.
/// </summary>
internal sealed class HeroTransport : IDisposable
{
    // HttpClient keeps its handler in a private field with no public accessor; it is the only way to see whether a
    // caller's client follows redirects before the first request leaves. The name differs on .NET Framework.
    private static readonly FieldInfo? HttpClientHandlerField =
        typeof(HttpMessageInvoker).GetField("_handler", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? typeof(HttpMessageInvoker).GetField("handler", BindingFlags.NonPublic | BindingFlags.Instance);

    private readonly HttpMessageInvoker _invoker;

    private HeroTransport(HttpMessageHandler handler, bool owned)
    {
        _invoker = new HttpMessageInvoker(handler, disposeHandler: owned);
        // A handler between the SDK and the network could send a request again (a retry, a redirect it follows): the
        // body of a POST/PATCH is then written once only.
        GuardsBodies = handler is DelegatingHandler;
    }

    /// <summary>Whether the handler chain is someone else's, so a non-repeatable body must refuse a second write.</summary>
    public bool GuardsBodies { get; }

    /// <summary>The SDK's own pooled handler (redirects off, connections recycled, decompression on).</summary>
    public static HeroTransport CreateDefault() => new(CreatePrimaryHandler(), owned: true);

    /// <summary>
    /// A handler chain the SDK owns from now on (created for it, e.g. by DI's <c>ConfigureTransport</c>): redirects are
    /// turned off on its framework primary handler, and it is disposed with the pipeline.
    /// </summary>
    public static HeroTransport Owning(HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var primary = PrimaryOf(handler);
        try
        {
            switch (primary)
            {
#if !NETSTANDARD2_0
                case SocketsHttpHandler { AllowAutoRedirect: true } sockets:
                    sockets.AllowAutoRedirect = false;
                    break;
#endif
                case HttpClientHandler { AllowAutoRedirect: true } classic:
                    classic.AllowAutoRedirect = false;
                    break;
            }
        }
        catch (InvalidOperationException)
        {
            // Already used elsewhere, so its settings are frozen: treat it as someone else's.
            return Borrowing(handler, "transport");
        }

        return new HeroTransport(handler, owned: true);
    }

    /// <summary>A handler the caller keeps owning: refused when it would follow a redirect with the key.</summary>
    public static HeroTransport Borrowing(HttpMessageHandler handler, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(handler, parameterName);
        return Borrowed(handler, parameterName,
            "The handler follows redirects (AllowAutoRedirect is on), so a redirect would carry x-api-key to another origin. "
            + "Set AllowAutoRedirect = false on it, or let the SDK create the handler.");
    }

    /// <summary>The handler of a caller's <see cref="HttpClient"/> (its handlers and pool; not its BaseAddress, Timeout or default headers).</summary>
    public static HeroTransport Borrowing(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        if (HttpClientHandlerField?.GetValue(httpClient) is not HttpMessageHandler handler)
        {
            throw new ArgumentException(
                "The SDK cannot see whether this HttpClient follows redirects on this runtime. Pass its handler instead "
                + "(new HeroHealthClient(options, handler)), with AllowAutoRedirect = false.",
                nameof(httpClient));
        }

        return Borrowed(handler, nameof(httpClient),
            "This HttpClient follows redirects (the default for new HttpClient()), so a redirect would carry x-api-key to "
            + "another origin. Create it over a handler with AllowAutoRedirect = false, e.g. "
            + "new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }), or let the SDK create its own.");
    }

    private static HeroTransport Borrowed(HttpMessageHandler handler, string parameterName, string followsRedirectsMessage) =>
        FollowsRedirects(PrimaryOf(handler))
            ? throw new ArgumentException(followsRedirectsMessage, parameterName)
            : new HeroTransport(handler, owned: false);

    /// <summary>Sends one transmission.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invoker.SendAsync(request, cancellationToken);

    /// <summary>Disposes the handler if the SDK owns it.</summary>
    public void Dispose() => _invoker.Dispose();

    private static HttpMessageHandler? PrimaryOf(HttpMessageHandler handler)
    {
        HttpMessageHandler? current = handler;
        while (current is DelegatingHandler delegating)
        {
            current = delegating.InnerHandler;
        }

        return current;
    }

    // Handlers of other types do not follow redirects unless written to; one that does is still caught after the fact
    // (the transport policy fails a response that came from another origin, unread).
    private static bool FollowsRedirects(HttpMessageHandler? primary) => primary switch
    {
#if !NETSTANDARD2_0
        SocketsHttpHandler sockets => sockets.AllowAutoRedirect,
#endif
        HttpClientHandler classic => classic.AllowAutoRedirect,
        _ => false,
    };

#if NETSTANDARD2_0
    // .NET Framework's handler (HttpWebRequest underneath) has no connection lifetime or connect timeout of its own:
    // the pipeline's per-attempt timeout bounds a connect, and ServicePointManager governs pooling there.
    private static HttpClientHandler CreatePrimaryHandler() => new()
    {
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        AllowAutoRedirect = false,
    };
#else
    private static SocketsHttpHandler CreatePrimaryHandler() => new()
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
}
