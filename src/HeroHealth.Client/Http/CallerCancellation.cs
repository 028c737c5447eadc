namespace HeroHealth.Client;

/// <summary>
/// Remembers the token the caller passed to a generated operation, so the pipeline can tell the caller's own
/// cancellation from a timeout imposed by a handler wrapped around the SDK (an outer resilience handler cancels the
/// token the pipeline receives, not the caller's).
/// </summary>
internal static class CallerCancellation
{
    private const string Key = "HeroHealth.Client.CallerToken";
    private static readonly object BoxedNone = CancellationToken.None;

    public static void Remember(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // A token that cannot be cancelled shares one box: most calls pass none.
        RequestProperties.Of(request)[Key] = cancellationToken.CanBeCanceled ? cancellationToken : BoxedNone;

    /// <summary>
    /// Whether the caller cancelled: their remembered token when there is one, else the token the pipeline received
    /// (a request built outside the generated clients).
    /// </summary>
    public static bool CallerCancelled(HttpRequestMessage request, CancellationToken received) =>
        TokenOf(request, received).IsCancellationRequested;

    /// <summary>The caller's token when remembered, else <paramref name="received"/>.</summary>
    public static CancellationToken TokenOf(HttpRequestMessage request, CancellationToken received) =>
        RequestProperties.TryGet(request, Key, out CancellationToken caller) ? caller : received;
}
