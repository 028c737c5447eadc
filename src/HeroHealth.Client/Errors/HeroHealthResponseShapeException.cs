namespace HeroHealth.Client;

/// <summary>
/// Hero answered with success (2xx), but the body is not what the API description shows: not readable as the
/// documented type, missing a value a helper needs (a reservation id, a link URL), or not a list where one belongs.
/// Hero processed the request, so <see cref="HeroHealthException.MayHaveBeenDelivered"/> is <see langword="true"/>:
/// look the result up rather than repeating a POST. Not an HTTP failure, so it has no status of its own.
/// </summary>
/// <param name="message">What did not match, naming a JSON path at most (never a value).</param>
/// <param name="operation">The operation, when known.</param>
/// <param name="responseBody">The body, when it was read (may contain patient data).</param>
/// <param name="innerException">The reader's error, reduced to its position.</param>
public class HeroHealthResponseShapeException(string message, HeroOperation? operation, string? responseBody, Exception? innerException)
    : HeroHealthException(message, operation, mayHaveBeenDelivered: true, HeroHealthApiException.Sanitize(innerException))
{
    /// <summary>The raw response body, when it was read. May contain patient data: do not log it.</summary>
    public string? ResponseBody { get; } = responseBody;
}
