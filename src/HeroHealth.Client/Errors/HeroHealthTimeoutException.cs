namespace HeroHealth.Client;

/// <summary>
/// No response arrived within <see cref="HeroHealthClientOptions.Timeout"/> (per attempt). Distinct from
/// the caller's own cancellation, which surfaces as <see cref="OperationCanceledException"/>. The inner exception is a
/// <see cref="TimeoutException"/>. A POST/PATCH that timed out may still have been processed by Hero.
/// </summary>
/// <param name="failure">The call that timed out (status 0).</param>
/// <param name="timeout">The per-attempt timeout that elapsed.</param>
public class HeroHealthTimeoutException(HeroHealthFailure failure, TimeSpan timeout)
    : HeroHealthApiException(Describe(failure, $"No response within {timeout.TotalSeconds:0.###} s."), failure, new TimeoutException("The Hero Health API did not answer in time."))
{
    /// <summary>The per-attempt timeout that elapsed.</summary>
    public TimeSpan Timeout { get; } = timeout;
}
