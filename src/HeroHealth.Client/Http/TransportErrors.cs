using System.Net;
using System.Net.Sockets;
#if NETSTANDARD2_0
using System.Reflection;
#endif

namespace HeroHealth.Client;

/// <summary>
/// Reads what kind of transport failure an exception is. The one fact that matters most: whether the request can have
/// reached Hero. A failure before a connection existed (refused, unresolvable, TLS handshake) proves it did not, so even
/// a POST may be retried; anything later might have been delivered.
/// </summary>
internal static class TransportErrors
{
#if NETSTANDARD2_0
    // Built for netstandard2.0 but running on .NET 8+, the runtime's HttpRequestException still has the property.
    private static readonly PropertyInfo? ErrorProperty = typeof(HttpRequestException).GetProperty("HttpRequestError");
#endif

    /// <summary>The runtime's <c>HttpRequestError</c> name ("ConnectionError"…), or null on a runtime without one.</summary>
    public static string? KindOf(HttpRequestException exception) =>
#if NETSTANDARD2_0
        ErrorProperty?.GetValue(exception)?.ToString();
#else
        exception.HttpRequestError.ToString();
#endif

    /// <summary>Whether a transport error proves that no connection was made, so Hero cannot have seen the request.</summary>
    public static bool NeverConnected(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpRequestException request)
            {
                switch (KindOf(request))
                {
                    case "ConnectionError" or "NameResolutionError" or "SecureConnectionError":
                        return true;
                    // Where the runtime has no HttpRequestError (.NET Framework), or an outer handler threw one without it.
                    case null or "Unknown" when NeverConnectedWithoutErrorKind(request):
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Runtimes without <c>HttpRequestError</c> (.NET Framework, .NET Core before 8) tell the stage of a failure by the
    /// exception directly inside the <see cref="HttpRequestException"/>.
    /// </summary>
    internal static bool NeverConnectedWithoutErrorKind(HttpRequestException exception) => exception.InnerException switch
    {
        // .NET Framework (HttpClientHandler over HttpWebRequest): WebException.Status names the stage that failed.
        WebException { Status: WebExceptionStatus.ConnectFailure or WebExceptionStatus.NameResolutionFailure or WebExceptionStatus.ProxyNameResolutionFailure or WebExceptionStatus.SecureChannelFailure or WebExceptionStatus.TrustFailure } => true,

        // .NET Core's SocketsHttpHandler: a failed connect is the SocketException itself; a failure on an open
        // connection arrives wrapped in an IOException, and does not match here.
        SocketException
        {
            SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable
                or SocketError.TryAgain or SocketError.NoData or SocketError.AddressNotAvailable,
        } => true,

        // The TLS handshake failed: not a byte of the request was sent.
        System.Security.Authentication.AuthenticationException => true,
        _ => false,
    };
}
