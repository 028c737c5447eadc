namespace HeroHealth.Client;

/// <summary>
/// Hero's response body was larger than the SDK buffers (<see cref="MaxBytes"/>): reading stopped at that limit (or
/// did not start, when its length said so), and nothing was deserialized. Not retried: the
/// same request would get the same answer. Hero answered, so it received the request and may have done the work
/// (<see cref="HeroHealthException.MayHaveBeenDelivered"/> is <see langword="true"/>).
/// </summary>
/// <param name="failure">The call and the status of the oversized response.</param>
/// <param name="maxBytes">The limit that was exceeded, in bytes.</param>
public class HeroHealthResponseTooLargeException(HeroHealthFailure failure, long maxBytes)
    : HeroHealthApiException(Describe(failure, FormattableString.Invariant($"The response body is larger than {maxBytes} bytes; reading stopped at the limit.")), failure, null)
{
    /// <summary>The largest response body the SDK reads, in bytes.</summary>
    public long MaxBytes { get; } = maxBytes;
}
