using System.Text;

namespace HeroHealth.Client;

/// <summary>
/// The last policy: transmits the request through the <see cref="HeroTransport"/> at most once per attempt the SDK
/// allowed (a POST/PATCH that may have reached Hero is never transmitted again), fails a response that came from another
/// origin without reading it, and buffers the body within the attempt (bounded; decoded to UTF-8).
/// </summary>
internal sealed class HeroTransportPolicy(HeroTransport transport) : HeroPipelinePolicy
{
    /// <summary>Largest response body buffered (bytes); a larger one fails as <see cref="HeroHealthResponseTooLargeException"/>.</summary>
    public const long MaxResponseBytes = 128L * 1024 * 1024;

#if !NETSTANDARD2_0
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder))]
#endif
    public override async ValueTask ProcessAsync(HeroPipelineMessage message, IReadOnlyList<HeroPipelinePolicy> pipeline, int currentIndex)
    {
        if (!message.IsRepeatable && message.MayHaveReachedHero)
        {
            // Only the retry policy may repeat a POST, and only after a failure that proves Hero never saw it.
            throw new HeroHealthResendRefusedException(message.Operation, message.LastOutcome);
        }

        var request = message.Request;
        if (transport.GuardsBodies && !message.IsRepeatable && request.Content is { } content and not SingleTransmissionContent)
        {
            request.Content = new SingleTransmissionContent(content, message.Operation);
        }

        var origin = request.RequestUri;
        // A call cancelled before it left is known not to have reached Hero: say so, rather than "may have".
        message.CancellationToken.ThrowIfCancellationRequested();
        message.MayHaveReachedHero = true;
        HttpResponseMessage response;
        try
        {
            response = await transport.SendAsync(request, message.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (TransportErrors.NeverConnected(ex))
            {
                message.MayHaveReachedHero = false;
            }

            message.LastStatus = 0;
            message.LastError = ex is OperationCanceledException ? "a timeout or cancellation" : ex.GetType().Name;
            HeroRedirects.ThrowIfFollowedElsewhere(origin, request.RequestUri, null, message.Operation);
            throw;
        }

        message.LastStatus = (int)response.StatusCode;
        HeroRedirects.ThrowIfFollowedElsewhere(origin, request.RequestUri, response, message.Operation);
        message.Response = await BufferedAsync(response, message).ConfigureAwait(false);
    }

#if !NETSTANDARD2_0
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    private static async ValueTask<HttpResponseMessage> BufferedAsync(HttpResponseMessage response, HeroPipelineMessage message)
    {
        try
        {
            var success = (int)response.StatusCode is >= 200 and < 300;
            if (success && response.Content.Headers.ContentLength > MaxResponseBytes)
            {
                throw TooLarge(response, message);
            }

            // Buffer inside the attempt: the generated code reads with Newtonsoft's synchronous reader, which on a
            // network stream would block a thread-pool thread per call, and the attempt's timeout covers the body too.
            // Content already in memory (a test double's, the fake's) needs no second copy. An error body is kept up to
            // its first MiB (all an exception carries), the rest is not read.
            if (!IsInMemory(response.Content))
            {
                var limit = success ? (int)MaxResponseBytes : HeroErrorPolicy.MaxErrorBodyBytes;
                var stream = await response.Content.ReadAsStreamAsync(message.CancellationToken).ConfigureAwait(false);
                var (body, truncated) = await HttpMessageParts.ReadBoundedAsync(stream, response.Content.Headers.ContentLength, limit, keepPrefix: !success, message.CancellationToken).ConfigureAwait(false);
                if (truncated && success)
                {
                    throw TooLarge(response, message);
                }

                response.Content = Buffered(response.Content, body);
            }

            if (response.Content.Headers.ContentType?.CharSet is { Length: > 0 } charset && !IsUtf8(charset))
            {
                response.Content = await TranscodedToUtf8Async(response.Content, message.CancellationToken).ConfigureAwait(false);
            }

            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    // The bytes read, with the original content's headers (type, charset, encoding) but its own length.
    private static ByteArrayContent Buffered(HttpContent original, byte[] body)
    {
        var content = new ByteArrayContent(body);
        foreach (var header in original.Headers)
        {
            if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        original.Dispose();
        return content;
    }

    private static HeroHealthResponseTooLargeException TooLarge(HttpResponseMessage response, HeroPipelineMessage message) =>
        // The response arrived: Hero received the request and may have done the work.
        new(HeroHealthFailure.WithoutBody((int)response.StatusCode, message.Operation, mayHaveBeenDelivered: true), MaxResponseBytes);

#if NETSTANDARD2_0
    private static bool IsInMemory(HttpContent content) => content is ByteArrayContent;
#else
    private static bool IsInMemory(HttpContent content) => content is ByteArrayContent or ReadOnlyMemoryContent;
#endif

    private static bool IsUtf8(string charset) =>
        charset.Trim('"', ' ') is var name && (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase) || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The generated readers decode bodies as UTF-8; a body declared in another charset (e.g. <c>iso-8859-1</c>) is
    /// re-encoded so "Zoë" stays "Zoë". An unknown charset is left as it is (read as UTF-8).
    /// </summary>
    private static async Task<HttpContent> TranscodedToUtf8Async(HttpContent content, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return content;
        }

        var utf8 = new StringContent(text, Encoding.UTF8, content.Headers.ContentType!.MediaType ?? "application/json");
        foreach (var header in content.Headers)
        {
            if (!header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && !header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                utf8.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        content.Dispose();
        return utf8;
    }
}
