namespace HeroHealth.Client;

/// <summary>
/// Hero answered with a redirect (3xx), which the SDK never follows because <c>x-api-key</c> and the request body would
/// go wherever it points; or a handler outside the SDK followed one to another origin, in which case the response is
/// discarded unread. <see cref="HeroHealthApiException.StatusCode"/> is the 3xx status, or the status of the response
/// that came from the other origin.
/// </summary>
/// <param name="failure">The failed call.</param>
/// <param name="followedToOtherOrigin">Whether a handler outside the SDK followed the redirect to another origin.</param>
public class HeroHealthRedirectException(HeroHealthFailure failure, bool followedToOtherOrigin)
    : HeroHealthApiException(
        Describe(failure, followedToOtherOrigin
            ? "A handler outside the SDK followed a redirect to another origin, so the API key may have been sent there; the response was discarded unread. Turn off AllowAutoRedirect on your HttpClient's handler and rotate the key."
            : "The SDK does not follow redirects (the API key would go with them)."),
        failure,
        null)
{
    /// <summary>Whether a handler outside the SDK followed the redirect to another origin (the key may have left Hero).</summary>
    public bool FollowedToOtherOrigin { get; } = followedToOtherOrigin;
}
