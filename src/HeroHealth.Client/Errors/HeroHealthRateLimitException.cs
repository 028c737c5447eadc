using System.Globalization;

namespace HeroHealth.Client;

/// <summary>The partner's rate limit was exceeded (429). <see cref="HeroHealthApiException.RetryAfter"/> says how long to wait, when Hero said.</summary>
/// <param name="failure">The failed call.</param>
public class HeroHealthRateLimitException(HeroHealthFailure failure)
    : HeroHealthApiException(Describe(failure, failure?.RetryAfter is { } wait
        ? FormattableString.Invariant($"Hero asked to retry after {wait.TotalSeconds:0.#} s.")
        : "Rate limits are set in your Partner Agreement."), failure!, null);
