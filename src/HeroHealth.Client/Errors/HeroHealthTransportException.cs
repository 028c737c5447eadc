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
        : base(Describe(failure, "The network request failed; see the inner exception."), failure, innerException)
    {
    }
}
