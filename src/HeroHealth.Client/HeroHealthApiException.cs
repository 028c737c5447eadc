using System.Globalization;
using Newtonsoft.Json;

namespace HeroHealth.Client;

/// <summary>
/// A call to the Hero Health API failed: an unexpected status code, or a response that could not be read.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> never contains the response body, request headers or ids: Hero's bodies can carry
/// patient data. The body is available through <see cref="ResponseBody"/> for callers that decide to look at it.
/// </remarks>
public class HeroHealthApiException : Exception
{
    /// <summary>Creates the exception (the signature the generated clients call).</summary>
    /// <param name="message">What went wrong, free of response data.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="response">The raw response body, if it was read.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="innerException">The cause, if any; JSON errors are reduced to their position.</param>
    public HeroHealthApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, Exception? innerException)
        : base(BuildMessage(message, statusCode), Sanitize(innerException))
    {
        StatusCode = statusCode;
        ResponseBody = response;
        Headers = headers ?? new Dictionary<string, IEnumerable<string>>();
    }

    /// <summary>The HTTP status code Hero returned.</summary>
    public int StatusCode { get; }

    /// <summary>The raw response body. May contain patient data: do not log it.</summary>
    public string? ResponseBody { get; }

    /// <summary>The response headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    private static string BuildMessage(string message, int statusCode) =>
        string.Create(CultureInfo.InvariantCulture, $"{message} (HTTP {statusCode})");

    /// <summary>
    /// Newtonsoft's messages quote the offending value ("Error converting value \"Jane\"…"); keep only where it failed.
    /// </summary>
    private static Exception? Sanitize(Exception? inner) => inner switch
    {
        JsonReaderException e => new JsonException(string.Create(CultureInfo.InvariantCulture,
            $"The response is not valid JSON at path '{e.Path}', line {e.LineNumber}, position {e.LinePosition}.")),
        JsonSerializationException e => new JsonException(string.Create(CultureInfo.InvariantCulture,
            $"The response JSON does not match the expected shape at path '{e.Path}', line {e.LineNumber}, position {e.LinePosition}.")),
        JsonException => new JsonException("The response JSON could not be read."),
        _ => inner,
    };
}
