using System.Buffers;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace HeroHealth.Client;

/// <summary>
/// Base class of every generated client (named in <c>nswag.json</c> as <c>clientBaseClass</c>; the Liquid templates in
/// <c>build/templates</c> call these members). It creates each call's message for its operation, sends it through the
/// SDK's pipeline, and reads any 2xx body with one shared serializer.
/// </summary>
/// <remarks>
/// Error statuses never reach the generated code: the pipeline turns them into the <see cref="HeroHealthApiException"/>
/// family (with retries, redirect refusal and at-most-once transmission applied first). So every response read here is
/// a 2xx, and every 2xx is success.
/// </remarks>
internal abstract class HeroGeneratedClientBase
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly System.Net.Http.Headers.MediaTypeHeaderValue JsonMediaType = new("application/json");

    /// <summary>Initialises the base with the request context and the pipeline.</summary>
    /// <param name="context">API key and practice group applied to every request.</param>
    /// <param name="pipeline">The SDK pipeline.</param>
    private protected HeroGeneratedClientBase(HeroRequestContext context, HeroPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pipeline);
        Context = context;
        Pipeline = pipeline;
    }

    /// <summary>The API key and practice group this client sends.</summary>
    public HeroRequestContext Context { get; }

    /// <summary>The pipeline, for hand-written partial members of a generated client.</summary>
    internal HeroPipeline Pipeline { get; }

    /// <summary>Starts the URL of a call at the pipeline's base address.</summary>
    /// <returns>A builder the template appends the path and query to.</returns>
    private protected HeroUrlBuilder CreateUrl() => Pipeline.CreateUrl();

    /// <summary>Creates the message of one call of <paramref name="operation"/>.</summary>
    /// <param name="operation">The operation (method, path template, idempotency).</param>
    /// <param name="url">The absolute URL, escaped (from <see cref="CreateUrl"/>).</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>A new message; dispose it after reading the result.</returns>
    private protected HeroPipelineMessage CreateMessage(HeroOperation operation, string url, CancellationToken cancellationToken) =>
        Pipeline.CreateMessageForUrl(Context, operation, url, cancellationToken);

    /// <summary>
    /// Serializes a request body as UTF-8 JSON (<c>application/json</c>) with the SDK's settings, before anything is
    /// sent: a field the description requires that is left null fails here, naming its JSON path (never a value).
    /// </summary>
    /// <param name="body">The model to send.</param>
    /// <param name="parameterName">The body parameter's name, for the error.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentException">A required field of <paramref name="body"/> is null.</exception>
    private protected static HttpContent CreateJsonContent(object body, string parameterName)
    {
        var builder = new StringBuilder(256);
        using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
        using (var json = new JsonTextWriter(writer) { ArrayPool = JsonCharPool.Instance })
        {
            try
            {
                HeroJson.RequestSerializer.Serialize(json, body);
            }
            catch (JsonSerializationException e) when (e.Message.Contains("requires a value", StringComparison.Ordinal))
            {
                // Newtonsoft's message names the property and its path, never a value.
                throw new ArgumentException($"{parameterName} lacks a field Hero requires, so nothing was sent: {e.Message}", parameterName);
            }
        }

        var size = 0;
        foreach (var chunk in builder.GetChunks())
        {
            size += Utf8.GetByteCount(chunk.Span);
        }

        var bytes = new byte[size];
        var length = 0;
        foreach (var chunk in builder.GetChunks())
        {
            length += Utf8.GetBytes(chunk.Span, bytes.AsSpan(length));
        }

        var content = new ByteArrayContent(bytes, 0, length);
        content.Headers.ContentType = JsonMediaType;
        return content;
    }

    /// <summary>Sends through the pipeline, which buffers the body and throws for any status other than 2xx.</summary>
    /// <param name="message">The call.</param>
    /// <returns>A task that completes with <see cref="HeroPipelineMessage.Response"/> set to the 2xx response.</returns>
    private protected ValueTask SendAsync(HeroPipelineMessage message) => Pipeline.SendAsync(message);

    /// <summary>
    /// Reads a 2xx body as <typeparamref name="T"/>: an empty body (a 204, or a 200/201/202 without content) or JSON
    /// <c>null</c> gives <see langword="null"/>. A body that is not the documented shape fails naming the operation and
    /// where in the JSON, never a value; Hero did the work by then, so the exception says it may have been delivered.
    /// </summary>
    /// <typeparam name="T">The documented result type.</typeparam>
    /// <param name="message">A call whose 2xx response body the pipeline buffered (as UTF-8).</param>
    /// <returns>The result, or <see langword="null"/> for an empty body.</returns>
#if !NETSTANDARD2_0
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    private protected static async ValueTask<T?> ReadAsync<T>(HeroPipelineMessage message)
        where T : class
    {
        var response = message.Response!;
        var operation = message.Operation;
        var cancellationToken = message.CallerToken;
        var drift = message.Drift;
        drift?.CheckStatus(operation, (int)response.StatusCode);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var length = stream.CanSeek ? checked((int)(stream.Length - stream.Position)) : -1;
        if (length == 0)
        {
            return null;
        }

        if (length < 0)
        {
            // Not buffered (a handler replaced the content): read it the ordinary way.
            using var fallback = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true);
            return Deserialize<T>(fallback, response, operation, drift);
        }

        var bytes = ArrayPool<byte>.Shared.Rent(length);
        char[]? chars = null;
        try
        {
            var read = await HttpMessageParts.ReadUpToAsync(stream, bytes, length, cancellationToken).ConfigureAwait(false);

            var start = read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            chars = ArrayPool<char>.Shared.Rent(Utf8.GetMaxCharCount(read - start));
            var count = Utf8.GetChars(bytes, start, read - start, chars, 0);
            using var reader = new CharArraySegmentReader(chars, count);
            return Deserialize<T>(reader, response, operation, drift);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private static T? Deserialize<T>(TextReader text, HttpResponseMessage response, HeroOperation operation, HeroSpecDrift? drift)
        where T : class
    {
        using var json = new JsonTextReader(text) { ArrayPool = JsonCharPool.Instance, CloseInput = false };
        using var scope = drift?.Enter(operation, json);
        try
        {
            return HeroJson.Serializer.Deserialize<T>(json);
        }
        catch (JsonException exception)
        {
            throw HeroHealthApiException.Unreadable(operation, typeof(T), exception);
        }
    }

    /// <summary>A <see cref="TextReader"/> over the first characters of a rented array (no string copy of the body).</summary>
    private sealed class CharArraySegmentReader(char[] chars, int count) : TextReader
    {
        private int _position;

        public override int Peek() => _position < count ? chars[_position] : -1;

        public override int Read() => _position < count ? chars[_position++] : -1;

        public override int Read(char[] buffer, int index, int length)
        {
            var n = Math.Min(length, count - _position);
            if (n <= 0)
            {
                return 0;
            }

            Array.Copy(chars, _position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
