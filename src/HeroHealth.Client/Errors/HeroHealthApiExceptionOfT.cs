namespace HeroHealth.Client;

/// <summary>A failed call whose error body Hero documents, parsed into <typeparamref name="TResult"/>.</summary>
/// <typeparam name="TResult">The documented error body, e.g. <c>ValidationError</c> for a 400.</typeparam>
public class HeroHealthApiException<TResult> : HeroHealthApiException
{
    /// <summary>Creates the exception (the signature the generated clients call).</summary>
    /// <param name="message">What went wrong, free of response data.</param>
    /// <param name="statusCode">The HTTP status code of the response.</param>
    /// <param name="response">The raw response body.</param>
    /// <param name="headers">The response headers.</param>
    /// <param name="result">The parsed error body.</param>
    /// <param name="innerException">The cause, if any.</param>
    public HeroHealthApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>>? headers, TResult result, Exception? innerException)
        : base(message, statusCode, response, headers, innerException)
    {
        Result = result;
    }

    /// <summary>The parsed error body. May contain patient data: do not log it.</summary>
    public TResult Result { get; }
}
