using System.Globalization;
using System.Net;
using Newtonsoft.Json;

namespace HeroHealth.Client;

/// <summary>
/// A call to the Hero Health API failed. Subclasses say how: <see cref="HeroHealthValidationException"/> (400),
/// <see cref="HeroHealthAuthenticationException"/> (401), <see cref="HeroHealthPermissionException"/> (403),
/// <see cref="HeroHealthNotFoundException"/> (404), <see cref="HeroHealthConflictException"/> (409),
/// <see cref="HeroHealthRateLimitException"/> (429), <see cref="HeroHealthServerException"/> (5xx),
/// <see cref="HeroHealthRedirectException"/> (3xx, never followed), <see cref="HeroHealthTimeoutException"/> and
/// <see cref="HeroHealthTransportException"/> (no response), <see cref="HeroHealthResendRefusedException"/> (something
/// tried to send a POST/PATCH twice), <see cref="HeroHealthResponseTooLargeException"/>. Part of the
/// <see cref="HeroHealthException"/> family.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> names the operation and its path <em>template</em>, never the API key, headers,
/// ids, query values or the response body (Hero's bodies can carry patient data). The body is available through
/// <see cref="ResponseBody"/> for callers that decide to look at it.
/// </remarks>
public class HeroHealthApiException : HeroHealthException
{
    /// <summary>Creates the exception (the signature the generated clients call).</summary>
    /// <param name="message">What went wrong, free of response data.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="response">The raw response body, if it was read.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="innerException">The cause, if any; JSON errors are reduced to their position.</param>
    public HeroHealthApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException)
        : base(BuildMessage(message, statusCode), null, false, Sanitize(innerException))
    {
        StatusCode = statusCode;
        ResponseBody = response;
        Headers = headers ?? new Dictionary<string, IEnumerable<string>>();
    }

    /// <summary>Creates an exception for a failed response of a known operation.</summary>
    /// <param name="message">The complete message, free of response data.</param>
    /// <param name="failure">Status, operation, body and headers of the failed call.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected HeroHealthApiException(string message, HeroHealthFailure failure, Exception? innerException)
        : base(message, (failure ?? throw new ArgumentNullException(nameof(failure))).Operation, failure.MayHaveBeenDelivered, Sanitize(innerException))
    {
        StatusCode = failure.StatusCode;
        ResponseBody = failure.ResponseBody;
        Headers = failure.Headers;
        RetryAfter = failure.RetryAfter;
    }

    /// <summary>The HTTP status code Hero returned; 0 when no response arrived.</summary>
    public int StatusCode { get; }

    /// <summary>How long Hero asked the caller to wait (<c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The raw response body. May contain patient data: do not log it.</summary>
    public string? ResponseBody { get; }

    /// <summary>The response headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>Builds the typed exception for a failed response.</summary>
    /// <param name="failure">Status, operation, body and headers of the failed call.</param>
    /// <returns>The subclass that matches the status code.</returns>
    public static HeroHealthApiException FromFailure(HeroHealthFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.StatusCode switch
        {
            400 => new HeroHealthValidationException(failure),
            401 => new HeroHealthAuthenticationException(failure),
            403 => new HeroHealthPermissionException(failure),
            404 => new HeroHealthNotFoundException(failure),
            409 => new HeroHealthConflictException(failure),
            429 => new HeroHealthRateLimitException(failure),
            >= 500 and <= 599 => new HeroHealthServerException(failure),
            >= 300 and <= 399 => new HeroHealthRedirectException(failure, followedToOtherOrigin: false),
            _ => new HeroHealthApiException(Describe(failure, null), failure, null),
        };
    }

    /// <summary>
    /// A 2xx whose body is not the documented shape. Hero did the work, so it may have been delivered: look the result
    /// up rather than repeating a POST.
    /// </summary>
    internal static HeroHealthResponseShapeException Unreadable(HeroOperation operation, Type resultType, JsonException exception) =>
        new($"Hero Health API call {operation} succeeded, but its body could not be read as {resultType.Name}. Hero processed the request.", operation, null, exception);

    /// <summary>
    /// A 2xx without a body, or without the field a helper needs from it (a reservation id, a link URL). Hero processed the
    /// request: look it up rather than repeating it.
    /// </summary>
    internal static HeroHealthResponseShapeException NoBody(string operationId, string needed, string? path)
    {
        var operation = HeroOperation.Find(operationId);
        var missing = path is null ? "without a response body" : $"without {path} in its response";
        return new(
            $"Hero Health API call {operation?.ToString() ?? operationId} succeeded {missing}, so {needed} is unknown. Hero processed the request: look the result up before repeating it.",
            operation,
            null,
            null);
    }

    /// <summary>The standard message: operation, template and status, plus an optional explanation.</summary>
    /// <param name="failure">The failed call.</param>
    /// <param name="explanation">A sentence to append; must not contain response data.</param>
    /// <returns>The message.</returns>
    protected static string Describe(HeroHealthFailure failure, string? explanation)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var status = failure.StatusCode == 0
            ? "no response"
            : FormattableString.Invariant($"HTTP {failure.StatusCode} {ReasonOf(failure.StatusCode)}");
        var what = failure.Operation is { } op ? $"Hero Health API call {op}" : "Hero Health API call";
        return explanation is null ? $"{what} failed: {status}." : $"{what} failed: {status}. {explanation}";
    }

    private static string ReasonOf(int status) => Enum.IsDefined(typeof(HttpStatusCode), status)
        ? ((HttpStatusCode)status).ToString()
        : string.Empty;

    private static string BuildMessage(string message, int statusCode) =>
        FormattableString.Invariant($"{message} (HTTP {statusCode})");

    /// <summary>
    /// Newtonsoft's messages quote the offending value ("Error converting value \"Jane\"…"); keep only where it failed.
    /// </summary>
    internal static Exception? Sanitize(Exception? inner) => inner switch
    {
        JsonReaderException e => new JsonException(FormattableString.Invariant(
            $"The response is not valid JSON at path '{SafePath(e.Path)}', line {e.LineNumber}, position {e.LinePosition}.")),
        JsonSerializationException e => new JsonException(FormattableString.Invariant(
            $"The response JSON does not match the expected shape at path '{SafePath(e.Path)}', line {e.LineNumber}, position {e.LinePosition}.")),
        JsonException => new JsonException("The response JSON could not be read."),
        _ => inner,
    };

    /// <summary>
    /// A JSON path with its field names and indexes, but not dictionary keys: Hero's fields are snake_case, anything
    /// else in a path is a key taken from the data (it can be a name) and is replaced by <c>*</c>.
    /// </summary>
    private const string WireNameCharacters = "abcdefghijklmnopqrstuvwxyz0123456789_";
#if !NETSTANDARD2_0
    private static readonly System.Buffers.SearchValues<char> WireNameChars = System.Buffers.SearchValues.Create(WireNameCharacters);
#endif

    internal static string SafePath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return string.Empty;
        }

        var safe = new System.Text.StringBuilder(path.Length);
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0)
                {
                    break;
                }

                var inside = path.AsSpan(i + 1, end - i - 1);
                safe.Append('[').Append(IsIndex(inside) ? inside : "*").Append(']');
                i = end + 1;
            }
            else if (path[i] == '.')
            {
                safe.Append('.');
                i++;
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                var name = path.AsSpan(i, end - i);
                safe.Append(IsWireName(name) ? name : "*");
                i = end;
            }
        }

        return safe.ToString();

#if NETSTANDARD2_0
        static bool IsIndex(ReadOnlySpan<char> s) => !s.IsEmpty && All(s, c => c is >= '0' and <= '9');

        static bool IsWireName(ReadOnlySpan<char> s) =>
            !s.IsEmpty && s.Length <= 64 && All(s, c => WireNameCharacters.IndexOf(c) >= 0);

        static bool All(ReadOnlySpan<char> s, Func<char, bool> allowed)
        {
            foreach (var c in s)
            {
                if (!allowed(c))
                {
                    return false;
                }
            }

            return true;
        }
#else
        static bool IsIndex(ReadOnlySpan<char> s) => !s.IsEmpty && s.IndexOfAnyExceptInRange('0', '9') < 0;

        static bool IsWireName(ReadOnlySpan<char> s) =>
            !s.IsEmpty && s.Length <= 64 && s.IndexOfAnyExcept(WireNameChars) < 0;
#endif
    }
}
