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
    /// <summary>Creates an exception for a failed response of a known operation.</summary>
    /// <param name="message">The complete message, free of response data.</param>
    /// <param name="failure">Status, operation, body and headers of the failed call.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected HeroHealthApiException(string message, HeroHealthFailure failure, Exception? innerException)
        : base(message, (failure ?? throw new ArgumentNullException(nameof(failure))).Operation, failure.MayHaveBeenDelivered, Sanitize(innerException))
    {
        StatusCode = failure.StatusCode;
        Status = failure.StatusCode;
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
    internal static string SafePath(string? path) =>
        string.Join(".", (path ?? string.Empty).Split('.').Select(SafeSegment));

    // "name", "[3]", "name[3]" or "['key']": wire names and indexes pass, anything else becomes "*".
    private static string SafeSegment(string segment)
    {
        var bracket = segment.IndexOf('[');
        var name = bracket < 0 ? segment : segment.Substring(0, bracket);
        var safe = name.Length == 0 || IsWireName(name) ? name : "*";
        for (var i = bracket; i >= 0 && i < segment.Length;)
        {
            var end = segment.IndexOf(']', i);
            if (end < 0)
            {
                break;
            }

            var inside = segment.Substring(i + 1, end - i - 1);
            safe += "[" + (inside.Length > 0 && inside.All(c => c is >= '0' and <= '9') ? inside : "*") + "]";
            i = segment.IndexOf('[', end);
        }

        return safe;
    }

    private static bool IsWireName(string name) => name.Length <= 64 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
