namespace HeroHealth.Client;

/// <summary>
/// The request failed in the network (refused connection, DNS, TLS, reset) and no response arrived. The inner
/// exception is the <see cref="HttpRequestException"/>.
/// </summary>
public class HeroHealthTransportException : HeroHealthApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">The failed call (status 0).</param>
    /// <param name="innerException">The network error.</param>
    public HeroHealthTransportException(HeroHealthFailure failure, HttpRequestException innerException)
        : this(failure, (Exception)innerException)
    {
    }

    /// <summary>Creates the exception for a failure reported by a handler below the SDK (a socket error, a handler's own rejection).</summary>
    /// <param name="failure">The failed call (status 0).</param>
    /// <param name="innerException">The error; its type is named in the message, its text is not (it can quote a URL).</param>
    public HeroHealthTransportException(HeroHealthFailure failure, Exception innerException)
        : base(Describe(failure, $"The network request failed ({Summarize(innerException)})."), failure, innerException)
    {
    }

    private static string Summarize(Exception? exception)
    {
        // Name the error and, for socket-level failures, the error kind: enough to act on, nothing that quotes a URL.
        var e = exception;
        while (e is HttpRequestException { InnerException: { } inner } wrapper && TransportErrors.KindOf(wrapper) is null or "Unknown" && e.GetType() == typeof(HttpRequestException))
        {
            e = inner; // a plain wrapper that says nothing: look at what it wraps
        }

        return e switch
        {
            null => "unknown error",
            HttpRequestException hre when TransportErrors.KindOf(hre) is { } kind and not "Unknown" => $"{nameof(HttpRequestException)}: {kind}",
            System.Net.Sockets.SocketException se => $"{nameof(System.Net.Sockets.SocketException)}: {se.SocketErrorCode}",
            System.Net.WebException we => $"{nameof(System.Net.WebException)}: {we.Status}", // .NET Framework's stage of failure
            _ when e.InnerException is System.Net.Sockets.SocketException se => $"{e.GetType().Name}: {se.SocketErrorCode}",
            _ => e.GetType().Name,
        };
    }
}
