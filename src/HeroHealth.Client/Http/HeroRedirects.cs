namespace HeroHealth.Client;

/// <summary>Detects a response that a handler below the SDK fetched from another origin by following a redirect.</summary>
internal static class HeroRedirects
{
    /// <summary>
    /// Throws <see cref="HeroHealthRedirectException"/> (after disposing the response unread) when the request was sent to
    /// <paramref name="origin"/> but ended at another scheme, host or port (<paramref name="response"/> is null when the
    /// redirected attempt failed).
    /// </summary>
    public static void ThrowIfFollowedElsewhere(Uri? origin, Uri? finalUri, HttpResponseMessage? response, HeroOperation? operation)
    {
        if (origin is null || !origin.IsAbsoluteUri || finalUri is null || !finalUri.IsAbsoluteUri || ReferenceEquals(origin, finalUri))
        {
            return;
        }

        if (Uri.Compare(origin, finalUri, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return;
        }

        var status = response is null ? 0 : (int)response.StatusCode;
        response?.Dispose();
        throw new HeroHealthRedirectException(
            HeroHealthFailure.WithoutBody(status, operation, mayHaveBeenDelivered: true),
            followedToOtherOrigin: true);
    }
}
