using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace HeroHealth.Client;

/// <summary>
/// A successful (2xx) answer from Hero: status, headers and body, readable as a generated model or any type with the
/// SDK's forward-compatible JSON settings. Returned by <see cref="HeroHealthClient.SendAsync"/> and by
/// <see cref="CaptureAsync{T}"/> beside a typed call's result. Failures are the SDK's exceptions instead.
/// </summary>
public sealed class HeroResponse
{
    private static readonly AsyncLocal<StrongBox<HeroResponse?>?> Capture = new();

    internal HeroResponse(int status, IReadOnlyDictionary<string, IEnumerable<string>> headers, byte[] body)
    {
        Status = status;
        Headers = headers;
        Body = body;
    }

    /// <summary>The HTTP status (200–299).</summary>
    public int Status { get; }

    /// <summary>Response and content headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>The body bytes (UTF-8; empty for a 204). May contain patient data: do not log it.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The body as text.</summary>
    /// <returns>The UTF-8 decoded body.</returns>
    public string ReadAsString() => Encoding.UTF8.GetString(Body.Span);

    /// <summary>Reads the body as <typeparamref name="T"/> (a generated model, a <see cref="JToken"/>, your own type).</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <returns>The value; <see langword="default"/> for an empty body.</returns>
    /// <exception cref="HeroHealthResponseShapeException">The body does not match <typeparamref name="T"/> (the path is named, not the value).</exception>
    public T? ReadAs<T>()
    {
        if (Body.IsEmpty)
        {
            return default;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(ReadAsString()));
            return HeroJson.Serializer.Deserialize<T>(reader);
        }
        catch (JsonException ex)
        {
            throw new HeroHealthResponseShapeException(FormattableString.Invariant($"The response body could not be read as {typeof(T).Name}."), null, ReadAsString(), ex);
        }
    }

    /// <summary>Reads the body as JSON.</summary>
    /// <returns>The JSON; <see langword="null"/> for an empty body.</returns>
    public JToken? ReadJson() => ReadAs<JToken>();

    /// <summary>
    /// Runs a typed call and returns its result with the raw response it came from (status, headers), like Azure's
    /// <c>Response&lt;T&gt;.GetRawResponse()</c>, without changing the call: <c>var (appointment, response) = await
    /// HeroResponse.CaptureAsync(() =&gt; hero.Booking.GetAppointmentAsync("31", ct));</c>.
    /// </summary>
    /// <typeparam name="T">The call's result type.</typeparam>
    /// <param name="call">One SDK call (the last response it received is returned).</param>
    /// <returns>The result and its response.</returns>
    /// <exception cref="InvalidOperationException">The call made no request through the SDK's pipeline (e.g. a mock).</exception>
    public static async Task<(T Value, HeroResponse Response)> CaptureAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var box = new StrongBox<HeroResponse?>();
        var previous = Capture.Value;
        Capture.Value = box;
        try
        {
            var value = await call().ConfigureAwait(false);
            return (value, box.Value ?? throw new InvalidOperationException("The call made no request through the SDK's pipeline, so there is no response to return."));
        }
        finally
        {
            Capture.Value = previous;
        }
    }

    /// <summary>Describes the response without its body.</summary>
    /// <returns>For example <c>HeroResponse(200, 1234 bytes)</c>.</returns>
    public override string ToString() => FormattableString.Invariant($"HeroResponse({Status}, {Body.Length} bytes)");

    /// <summary>Whether someone is capturing (the pipeline records only then).</summary>
    internal static bool Capturing => Capture.Value is not null;

    /// <summary>Records a successful response for <see cref="CaptureAsync{T}"/>.</summary>
    internal static void Record(HeroResponse response)
    {
        if (Capture.Value is { } box)
        {
            box.Value = response;
        }
    }

    /// <summary>Builds a response from a buffered message.</summary>
    internal static async Task<HeroResponse> FromAsync(HttpResponseMessage message, CancellationToken cancellationToken)
    {
        var headers = HttpMessageParts.HeadersOf(message);
        var body = await message.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new HeroResponse((int)message.StatusCode, headers, body);
    }
}
